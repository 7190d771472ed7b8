/*
 * The WPS 表格 加载项's ribbon callbacks, which ribbon.xml names and WPS calls on window: a
 * button on the 开始 tab opens the task pane the Worker serves at /addin/taskpane-wps.html, the same
 * pane as in Excel on WPS's page (without Office.js or Excel's adapter). Plain ES5: WPS runs it in its own, possibly old, Chromium, and it is served
 * as written, not built.
 */
var PANE_KEY = 'qingfeng_taskpane_id';

function paneUrl() {
  return new URL('../addin/taskpane-wps.html', location.href).href;
}

/** One pane per WPS window: a second click hides or shows it instead of opening another. */
function togglePane(app) {
  var id = app.PluginStorage.getItem(PANE_KEY);
  var pane = id ? app.GetTaskPane(id) : null;
  if (pane) {
    pane.Visible = !pane.Visible;
    return;
  }
  // Kingsoft's typings spell it CreateTaskPane, its task-pane docs CreateTaskpane; builds differ.
  var create = app.CreateTaskPane || app.CreateTaskpane;
  pane = create.call(app, paneUrl(), '清风台账');
  app.PluginStorage.setItem(PANE_KEY, pane.ID);
  pane.Visible = true;
}

window.OnAddinLoad = function OnAddinLoad(ribbonUI) {
  window.Application.ribbonUI = ribbonUI;
  return true;
};
// Some WPS builds call it by this spelling.
window.OnAddInLoad = window.OnAddinLoad;

window.OnAction = function OnAction(control) {
  if (control.Id === 'qingfengOpenPane') togglePane(window.Application);
  return true;
};

window.GetImage = function GetImage() {
  return new URL('../addin/assets/icon-32.png', location.href).href;
};
