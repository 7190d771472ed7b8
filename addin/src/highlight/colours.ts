/** The pane's highlights use the shared colours, as the annotated workbook does. */
export { highlightColour } from '#shared/validate/highlight-colour.ts';
