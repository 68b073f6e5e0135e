import { render } from 'preact';
import { DueList } from '@/components/DueList';
import { openSentinelDb } from '@/lib/store/db';

const db = openSentinelDb({ indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
render(<DueList db={db} now={Date.now()} />, document.getElementById('app')!);
