/** The entry of WPS 表格's pane (taskpane-wps.html): the pane, on WPS's ET object model. */
import { startPane } from './start-pane.tsx';
import { wpsStart } from './wps-start.ts';

void startPane(async () => wpsStart());
