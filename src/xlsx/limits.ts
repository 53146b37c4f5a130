/**
 * What the reader accepts. The figures are sized from one reference case that must always pass, a
 * 100,000-row × 10-column sheet (≈ 5 MiB on disk, ≈ 37 MiB of sheet XML, ≈ 7:1 compression), with
 * generous headroom, while keeping the worst case within what a browser tab can hold: everything
 * a part unpacks to is held in memory at once.
 */

const MiB = 1024 * 1024;

/**
 * Largest file accepted. The reference sheet is ≈ 5 MiB; 64 MiB leaves room for ten times that
 * plus embedded pictures, yet is a file an add-in can still hold as one ArrayBuffer.
 */
export const MAX_FILE_BYTES = 64 * MiB;

/**
 * Largest declared unpacked size of all the parts one read inflates together (workbook, styles,
 * shared strings and the chosen sheets). Sheets are inflated one after the other, so this bounds the
 * work of a read rather than its peak memory; 512 MiB is ≈ 14 reference sheets.
 */
export const MAX_TOTAL_UNCOMPRESSED_BYTES = 512 * MiB;

/**
 * Largest declared unpacked size of one part. The part is held whole while it is scanned, so this
 * bounds peak memory; 256 MiB is ≈ 7 reference sheets, more than a 200,000-row × 30-column sheet.
 */
export const MAX_PART_UNCOMPRESSED_BYTES = 256 * MiB;

/**
 * Largest unpacked ÷ packed ratio a part may claim once it unpacks to more than
 * RATIO_CHECK_MIN_BYTES. Real sheet XML packs 7:1 to 25:1 (even rows of blank styled cells stay
 * under 30:1, because every cell carries its own address); deflate cannot exceed ≈ 1032:1, and a zip
 * bomb needs ratios near that to be small on disk, so 200:1 separates the two with room to spare.
 */
export const MAX_COMPRESSION_RATIO = 200;

/** Small parts (a tiny styles.xml of repeated defaults) may pack very well and cost nothing. */
export const RATIO_CHECK_MIN_BYTES = 1 * MiB;

/**
 * Most rows a sheet may have. The reference is 100,000 rows; twice that still reads in about a second,
 * and sheets near Excel's own 1,048,576 rows are almost always formatting dragged to the bottom.
 */
export const MAX_ROWS = 200_000;

/** Excel's own column limit (XFD); a cell beyond it is not something Excel can open either. */
export const MAX_COLS = 16_384;

/**
 * Most cells (values and formulas; blanks are not kept) all the sheets of one workbook may hold
 * together. A real round is one county table of about 20 rows × 40 columns per sheet, a few sheets a
 * workbook; the reference sheet is 1,000,000 cells. 4,000,000 is four reference sheets, and keeps a
 * workbook's grids in a few hundred MB: forty sheet entries over one 199,000-row part were 4 GB.
 */
export const MAX_WORKBOOK_CELLS = 4_000_000;
