import { render } from 'preact';
import { RuleDefaults } from '@/components/RuleDefaults';
import { DEFAULT_SETTINGS } from '@/lib/rules/settings';

render(<RuleDefaults settings={DEFAULT_SETTINGS} />, document.getElementById('app')!);
