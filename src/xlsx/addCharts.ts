/**
 * Bar charts added to one sheet of a package exceljs wrote (exceljs writes no charts): the chart
 * parts and a drawing part, the sheet's <drawing> element and relationship, and the content types
 * (ECMA-376 Part 1 §12.3.8 drawing part, §14.2.1 chart part, §18.3.1.36 drawing element). Works on
 * our own freshly written bytes, never on a user's file.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { CT_CHART, CT_DRAWING, REL_CHART, REL_DRAWING, barChartXml, drawingXml, relsXml, type BarChart } from '../round/chartXml';
import { inflateWithFflate } from './inflate';
import { Package, readWorkbookInfo } from './parts';
import { newMeter } from './read';
import { inspectZip } from './zip';

/** Elements a worksheet may hold after <drawing>, in the schema's order (CT_Worksheet). */
const AFTER_DRAWING = ['<legacyDrawing', '<legacyDrawingHF', '<drawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];

export function addCharts(bytes: Uint8Array, sheet: string, charts: readonly BarChart[]): Uint8Array {
  if (charts.length === 0) return bytes;
  const info = readWorkbookInfo(new Package(bytes, inspectZip(bytes), inflateWithFflate, newMeter()));
  const sheetPart = info.sheets.find((s) => s.name === sheet)?.part;
  if (!sheetPart) throw new Error(`addCharts: no sheet ${sheet}`);
  const files = unzipSync(bytes);
  const taken = (p: string): boolean => files[p] !== undefined;
  const free = (make: (i: number) => string): string => {
    let i = 1;
    while (taken(make(i))) i++;
    return make(i);
  };

  const drawingPart = free((i) => `xl/drawings/drawing${i}.xml`);
  const drawingName = drawingPart.slice(drawingPart.lastIndexOf('/') + 1);
  const anchors = charts.map((chart, i) => {
    const chartPart = free((n) => `xl/charts/chart${n}.xml`);
    files[chartPart] = strToU8(barChartXml(chart));
    return { anchor: chart.anchor, relId: `rId${i + 1}`, name: chart.title, target: `../charts/${chartPart.slice(chartPart.lastIndexOf('/') + 1)}` };
  });
  files[drawingPart] = strToU8(drawingXml(anchors));
  files[`xl/drawings/_rels/${drawingName}.rels`] = strToU8(relsXml(anchors.map((a) => ({ id: a.relId, type: REL_CHART, target: a.target }))));

  const slash = sheetPart.lastIndexOf('/') + 1;
  const sheetRels = `${sheetPart.slice(0, slash)}_rels/${sheetPart.slice(slash)}.rels`;
  const existing = files[sheetRels] ? strFromU8(files[sheetRels]) : relsXml([]);
  const relId = `rIdChart${1 + (existing.match(/<Relationship /gu)?.length ?? 0)}`;
  files[sheetRels] = strToU8(existing.replace('</Relationships>', `<Relationship Id="${relId}" Type="${REL_DRAWING}" Target="../drawings/${drawingName}"/></Relationships>`));

  const xml = strFromU8(files[sheetPart]!);
  if (xml.includes('<drawing ')) throw new Error(`addCharts: ${sheet} already has a drawing`);
  const at = Math.min(...AFTER_DRAWING.map((tag) => xml.indexOf(tag)).filter((i) => i >= 0));
  files[sheetPart] = strToU8(`${xml.slice(0, at)}<drawing r:id="${relId}"/>${xml.slice(at)}`);

  const types = strFromU8(files['[Content_Types].xml']!);
  const overrides = [drawingPart, ...Object.keys(files).filter((p) => /^xl\/charts\/chart\d+\.xml$/u.test(p) && !types.includes(`/${p}"`))]
    .map((p) => `<Override PartName="/${p}" ContentType="${p.startsWith('xl/charts/') ? CT_CHART : CT_DRAWING}"/>`)
    .join('');
  files['[Content_Types].xml'] = strToU8(types.replace('</Types>', `${overrides}</Types>`));
  return zipSync(files, { level: 6 });
}
