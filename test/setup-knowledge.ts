// Every suite reads pages with the knowledge the extension ships, as the background gives it to the content script.
import { useShippedKnowledge } from '@/lib/pages/shipped-knowledge';

useShippedKnowledge();
