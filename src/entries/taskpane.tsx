/**
 * The task pane page's entry (webpack.config.js): the one module that puts two faces together. The
 * pane (src/taskpane) knows Excel only through the ExcelOps interface; here it is handed the Excel
 * adapter (src/excel), in a chunk of its own that loads only when Office says the host is Excel.
 */
import { startPane } from '../taskpane/start';

startPane(async () => {
  const { createExcelOps } = await import(/* webpackChunkName: "excel-ops" */ '../excel/ops');
  return createExcelOps();
});
