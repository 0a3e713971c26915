/**
 * Apps Script's own error messages, word for word, so code under test can be written against the
 * messages users will really see (and tests can assert on them).
 */
export const APPS_SCRIPT_ERRORS = {
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  cellLimit: (limit: number) =>
    `This action would increase the number of cells in the workbook above the limit of ${limit} cells.`,
  rangeNotFound: 'Range not found',
  outsideSheet: 'The coordinates of the range are outside the dimensions of the sheet.',
  startRowTooSmall: 'The starting row of the range is too small.',
  startColumnTooSmall: 'The starting column of the range is too small.',
  rowsAtLeastOne: 'The number of rows in the range must be at least 1.',
  columnsAtLeastOne: 'The number of columns in the range must be at least 1.',
  rowsOutOfBounds: 'Those rows are out of bounds.',
  columnsOutOfBounds: 'Those columns are out of bounds.',
  deleteAllRows: 'Sorry, it is not possible to delete all non-frozen rows.',
  deleteAllColumns: 'Sorry, it is not possible to delete all non-frozen columns.',
  sheetExists: (name: string) =>
    `A sheet with the name "${name}" already exists. Please enter another name.`,
  removeAllSheets: "You can't remove all the sheets in a document.",
  cellTooLong: 'Your input contains more than the maximum of 50000 characters in a single cell.',
  validationViolated: (a1: string) =>
    `The data you entered in cell ${a1} violates the data validation rules set on this cell.`,
  metadataArbitraryRange:
    'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
  calendarRateLimit:
    'You have been creating or deleting too many calendars or calendar events in a short time. Please try again later.',
  eventDeleted: 'The event has been deleted.',
  lockTimeout: 'Lock timeout: another process was holding the lock for too long.',
  argumentTooLarge: (name: string) => `Argument too large: ${name}`,
  propertyQuota:
    'You have exceeded the property storage quota. Please remove some properties and try again.',
  tooManyTriggers:
    'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
  emailQuota: 'Service invoked too many times for one day: email.',
  noRecipient: 'Failed to send email: no recipient',
  noHtmlFile: (name: string) => `No HTML file named ${name} was found.`,
  invalidArgument: (name: string) => `Invalid argument: ${name}`,
  /** Google's words when it stops an execution at its time limit. */
  maxExecutionTime: 'Exceeded maximum execution time',
  /** Shown when ScriptApp.requireScopes ends an execution for a consent prompt (_assumed_). */
  authorizationRequired: 'Authorization is required to perform that action.',
  /** A scope the manifest lists but the user declined on the granular consent screen. */
  permissionDenied: (call: string, scopes: string) =>
    `You do not have permission to call ${call}. Required permissions: ${scopes}`,
  /** A scope missing from the manifest's explicit oauthScopes. */
  permissionsInsufficient: (call: string, scopes: string) =>
    `Specified permissions are not sufficient to call ${call}. Required permissions: ${scopes}`,
  /** Reported for invitations, notably to external guests (Calendar's usage limits). */
  calendarUsageLimit: 'Calendar usage limits exceeded.',
  /** The daily "Calendar events created" quota (5,000 consumer / 10,000 Workspace). */
  calendarDailyQuota: 'Service invoked too many times for one day: calendar.',
  /** google.script.run, a menu or a trigger naming a function the script does not declare. */
  functionNotFound: (name: string) => `Script function not found: ${name}`,
  /** No document context: a time-driven trigger run without its document. */
  uiUnavailable: 'Cannot call SpreadsheetApp.getUi() from this context.',
} as const;
