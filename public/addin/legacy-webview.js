/*
 * ES5, run before the pane's module script (served as written: Vite copies public/ unchanged).
 * Volume-licensed Office 2016 and 2019, and every Office without Microsoft Edge, show add-ins in
 * Trident (Internet Explorer 11), which runs no module script: the pane would stay blank. As
 * Microsoft recommends (https://learn.microsoft.com/office/dev/add-ins/develop/support-ie-11),
 * say so instead, and point to the web upload page and what to install.
 */
(function () {
  var trident = navigator.userAgent.indexOf('Trident') !== -1;
  if (!trident && 'noModule' in document.createElement('script')) return;
  function show() {
    var app = document.getElementById('app');
    if (!app) return;
    var upload = location.protocol + '//' + location.host + '/dashboard/#/upload';
    app.innerHTML =
      '<main class="pane outside" data-reason="trident">' +
      '<h1>清风台账无法在此 Excel 中运行</h1>' +
      '<p class="notice notice-error" role="alert">' +
      '此 Office 用旧的 Internet Explorer 网页控件显示加载项（批量许可版 Office 2016、2019 都是这样），本加载项无法在其中运行。</p>' +
      '<p>不用加载项也可以报送：<a href="' +
      upload +
      '" target="_blank">打开网页上传报送</a>，' +
      '用 Microsoft Edge 或 Chrome 打开，上传填好的台账工作簿即可。</p>' +
      '<p>要在 Excel 中使用本加载项：零售版 Office 2016、2019 请安装 Microsoft Edge WebView2 运行时' +
      '（https://developer.microsoft.com/microsoft-edge/webview2/），或安装新版 Microsoft Edge；' +
      '批量许可版请升级到 Office 2021 或 Microsoft 365，然后重新打开本任务窗格。</p>' +
      '</main>';
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
})();
