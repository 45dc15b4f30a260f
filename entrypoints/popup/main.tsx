import { render } from 'preact';

render(<p>Lede</p>, document.getElementById('app') as HTMLElement);
