/**
 * What taskpane.html says, in place of the pane, where Excel shows add-ins in Internet Explorer 11
 * or EdgeHTML (Excel 2016/2019 volume-licensed; retail without WebView2: "Browsers and webview
 * controls used by Office Add-ins", office-js-docs-pr docs/concepts/browsers-used-by-office-web-add-ins.md
 * before commit 7f459a0c0). Microsoft recommends "a graceful failure message" there
 * (docs/develop/support-ie-11.md). Chinese only: it is shown before any language is known, to
 * users of a Chinese Excel. {page} becomes the page's own address, which any modern browser opens
 * as the workbench (templates to download, .xlsx files checked).
 */
export const OLD_ENGINE_MESSAGE = [
  '此版本 Excel 太旧，无法显示 careplan 任务窗格：它用 Internet Explorer 11 或旧版 Edge 显示加载项。',
  '仍可这样使用 careplan：',
  '· 用 Edge、Chrome 等新版浏览器打开本页 {page}，下载各县填报模板，或选择已填好的 .xlsx 文件在浏览器中检查；',
  '· 下载的 .xlsx 模板可在此 Excel 或 WPS 中填报和打印；',
  '· 升级到 Excel 2021 及以上或 Microsoft 365 后，可在 Excel 中直接使用本窗格和 CARE 函数。',
].join('\n');
