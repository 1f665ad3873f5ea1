import { render } from 'preact';
render(<p>年报核查</p>, document.getElementById('app')!);
