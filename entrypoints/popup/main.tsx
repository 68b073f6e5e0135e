import { render } from 'preact';
import { SeenPages } from '@/components/SeenPages';

render(<SeenPages />, document.getElementById('app')!);
