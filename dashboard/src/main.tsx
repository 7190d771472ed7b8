import { render } from 'preact';

render(<main><h1>清风台账</h1></main>, document.getElementById('app')!);
