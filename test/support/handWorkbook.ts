/**
 * Packages written by hand, part by part, for what exceljs never writes: namespace prefixes, inline
 * and rich strings, shared formulas, chart sheets, relative targets, the 1904 date system.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface HandSheet {
  name: string;
  /** The whole worksheet part, or just what goes inside <sheetData>; null leaves the part out of the zip. */
  xml: string | null;
  /** The relationship target; `worksheets/sheetN.xml` by default. */
  target?: string;
  /** Where the zip stores the part, when the target is not simply under xl/. */
  part?: string;
  kind?: 'worksheet' | 'chartsheet';
}

/** A package written by hand, part by part, for what exceljs never writes. */
export function handWorkbook(sheets: HandSheet[], parts: { sharedStrings?: string; styles?: string; workbookPr?: string; definedNames?: string } = {}): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    '_rels/.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
  };
  let rels = '';
  let list = '';
  sheets.forEach((sheet, i) => {
    const target = sheet.target ?? `worksheets/sheet${i + 1}.xml`;
    const part = sheet.part ?? (target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    if (sheet.xml !== null) files[part] = strToU8(sheet.xml.includes('sheetData>') ? sheet.xml : `<worksheet xmlns="${MAIN}"><sheetData>${sheet.xml}</sheetData></worksheet>`);
    rels += `<Relationship Id="rId${i + 1}" Type="${REL}/${sheet.kind ?? 'worksheet'}" Target="${target}"/>`;
    list += `<sheet name="${sheet.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`;
  });
  if (parts.sharedStrings !== undefined) {
    files['xl/sharedStrings.xml'] = strToU8(`<sst xmlns="${MAIN}">${parts.sharedStrings}</sst>`);
    rels += `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`;
  }
  if (parts.styles !== undefined) {
    files['xl/styles.xml'] = strToU8(`<styleSheet xmlns="${MAIN}">${parts.styles}</styleSheet>`);
    rels += `<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`;
  }
  files['xl/workbook.xml'] = strToU8(`<workbook xmlns="${MAIN}" xmlns:r="${REL}">${parts.workbookPr ?? ''}<sheets>${list}</sheets>${parts.definedNames ?? ''}</workbook>`);
  files['xl/_rels/workbook.xml.rels'] = strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`);
  return zipSync(files);
}
