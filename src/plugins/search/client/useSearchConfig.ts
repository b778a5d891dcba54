import { usePluginData } from '@docusaurus/useGlobalData';
import { PLUGIN_NAME, type SearchGlobalData } from '../shared/constants';

export function useSearchConfig(): SearchGlobalData {
  return usePluginData(PLUGIN_NAME) as SearchGlobalData;
}
