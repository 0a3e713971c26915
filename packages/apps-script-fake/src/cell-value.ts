/**
 * What a cell holds as Range.getValues() hands it out: "values of type Number, Boolean, Date, or
 * String, depending on the value of the cell. Empty cells are represented by an empty string"
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()).
 *
 * Declared here, not imported from the add-on: this package imitates Google and imports nothing of
 * the code it tests. Apps Script defines this shape, so a consumer's own cell type (Cadence's
 * `CellValue` in src/core/types.ts) is structurally the same and the two are interchangeable.
 */
export type CellValue = string | number | boolean | Date;
