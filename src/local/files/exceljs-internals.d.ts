/** exceljs's workbook.xml serialiser, which its typings do not expose (see workbook-out.ts). */
declare module 'exceljs/lib/xlsx/xform/book/workbook-xform' {
  export default class WorkbookXform {
    prepare(model: unknown): void;
    toXml(model: unknown): string;
  }
}
