/**
 * A native bar chart as the parts of an .xlsx package (ECMA-376 Part 1, §21.2 DrawingML Charts and
 * §20.5 SpreadsheetML Drawing): the chart part, the drawing that anchors it on the sheet, and their
 * relationships. exceljs writes no charts, so these are added to the package it writes. Each chart
 * carries its figures in caches (strCache, numCache) as well as its ranges, so a program that
 * draws before recalculating (or never does) shows the bars. Pure strings: no Node APIs.
 */
import { quotedSheet } from '../templates/address';
import { escapeXml } from './xml';

export interface BarChart {
  title: string;
  /** The sheet the ranges are on. */
  sheet: string;
  /** A1 ranges without the sheet, e.g. $B$6:$B$20. */
  categories: { range: string; values: readonly string[] };
  values: { range: string; values: readonly number[]; name: string };
  /** Where the chart stands: 0-based top-left and bottom-right cells. */
  anchor: { c1: number; r1: number; c2: number; r2: number };
}

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
export const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
export const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
export const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
export const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';

const text = (s: string, size: number, bold: boolean): string =>
  `<c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/></a:defRPr></a:pPr><a:r><a:rPr lang="zh-CN" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(s)}</a:t></a:r></a:p></c:rich></c:tx>`;
/** Labels at 10 pt, as the tables' text beside the chart (STYLE.md “Official returns”), in hundredths of a point. */
const LABEL_SIZE = 1000;
const axisText = (size: number): string => `<c:txPr><a:bodyPr/><a:p><a:pPr><a:defRPr sz="${size}"/></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`;

/** A horizontal bar chart, first category at the top (a ranking reads downwards), rates as percentages. */
export function barChartXml(ch: BarChart): string {
  const sheet = quotedSheet(ch.sheet);
  const cats = ch.categories.values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join('');
  const vals = ch.values.values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('');
  const n = ch.values.values.length;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/><c:chart><c:title>${text(ch.title, 1200, true)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${escapeXml(ch.values.name)}</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr val="2F5597"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/><c:dLbls><c:numFmt formatCode="0.0%" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${axisText(LABEL_SIZE)}<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls><c:cat><c:strRef><c:f>${escapeXml(`${sheet}!${ch.categories.range}`)}</c:f><c:strCache><c:ptCount val="${n}"/>${cats}</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>${escapeXml(`${sheet}!${ch.values.range}`)}</c:f><c:numCache><c:formatCode>0.0%</c:formatCode><c:ptCount val="${n}"/>${vals}</c:numCache></c:numRef></c:val></c:ser><c:gapWidth val="60"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart><c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${axisText(LABEL_SIZE)}<c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx><c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines><c:numFmt formatCode="0%" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${axisText(LABEL_SIZE)}<c:crossAx val="1001"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart><c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/><c:pageSetup/></c:printSettings></c:chartSpace>`;
}

/** The drawing part: one two-cell anchor per chart, each pointing at its chart by relationship id. */
export function drawingXml(anchors: readonly { anchor: BarChart['anchor']; relId: string; name: string }[]): string {
  const frames = anchors
    .map(
      (a, i) =>
        `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${a.anchor.c1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.anchor.r1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${a.anchor.c2}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.anchor.r2}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(a.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="${a.relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${frames}</xdr:wsDr>`;
}

/** A relationships part. */
export function relsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`).join('')}</Relationships>`;
}
