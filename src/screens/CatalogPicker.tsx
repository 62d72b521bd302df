// The model catalog, grouped by vendor, filtered by typing; Enter picks. A typed id that is not in
// the catalog (an inference-profile id or ARN) can be used as it is.
import { Box, Text } from 'ink';
import { useState, type ReactNode } from 'react';
import { formatTokens, searchCatalog } from '../bedrock/catalog.js';
import { SelectList } from '../components/SelectList.js';
import { TextField } from '../components/TextField.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { cell, fitRow } from '../components/cells.js';
import { useBindings } from '../hooks/useBindings.js';
import type { Binding } from '../keys/bindings.js';
import { safeText } from '../terminal/safe-text.js';

/** The list and the filter take their own keys (SelectList: filterable, grouped; not ink-select-input). */
export const CATALOG_BINDINGS: Binding<'back'>[] = [
  { on: ['up', 'down', 'pageup', 'pagedown'], keys: '↑↓', action: 'move', by: 'list' },
  { on: ['enter'], keys: 'Enter', action: 'pick', by: 'list' },
  { on: [], keys: 'type', action: 'filter', by: 'filter field' },
  { on: ['escape'], keys: 'Esc', action: 'back to the form', handler: 'back' },
];

export function CatalogPicker({ initialQuery, onPick, onCancel }: { initialQuery: string; onPick: (id: string) => void; onCancel: () => void }): ReactNode {
  const [query, setQuery] = useState(initialQuery);
  const { rows, columns } = useTerminalSize();
  useBindings(CATALOG_BINDINGS, { back: () => onCancel() });
  const width = Math.max(20, columns - 6);
  const models = searchCatalog(query);
  const items = models.map((m) => ({
    key: m.id,
    label: fitRow(`${cell(m.vendor, 10)} ${cell(m.name, 22)} ${formatTokens(m.maxOutput).padStart(3)} out  ${m.use}`, width),
  }));
  const typed = query.trim();
  if (typed && !models.some((m) => m.id === typed) && /[.:/]/.test(typed)) {
    items.unshift({ key: `typed:${typed}`, label: fitRow(`Use "${safeText(typed, { oneLine: true })}" as typed (profile id / ARN)`, width) });
  }
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>Models › Pick a model ({models.length} of 50)</Text>
      <TextField label="Filter" labelWidth={6} value={query} onChange={setQuery} focused placeholder="type a name, vendor or use (e.g. haiku, llama, code)" />
      {items.length === 0 ? (
        <Text dimColor>No model matches. Type a full model id, inference-profile id or ARN to use it as is.</Text>
      ) : (
        <SelectList items={items} maxRows={Math.max(5, rows - 7)} letterKeys={false} onSelect={(item) => onPick(item.key.startsWith('typed:') ? item.key.slice('typed:'.length) : item.key)} />
      )}
    </Box>
  );
}
