/** The entry of Excel's pane (taskpane.html): the pane, on Office.js. */
import { excelStart } from './excel-start.ts';
import { startPane } from './start-pane.tsx';

/** Office.js on an old desktop Excel can take seconds to start; longer than this, it will not. */
const OFFICE_WAIT_MS = 15_000;

void startPane(() => excelStart(OFFICE_WAIT_MS));
