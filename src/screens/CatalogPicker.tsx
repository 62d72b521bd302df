// The model catalog, grouped by vendor, filtered by typing; Enter picks. A typed id that is not in
// the catalog (an inference-profile id or ARN) can be used as it is.
import { Box, Text } from 'ink';
import { useState, type ReactNode } from 'react';
import { formatTokens, searchCatalog } from '../bedrock/catalog.js';
import { SelectList } from '../components/SelectList.js';
import { TextField } from '../components/TextField.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { useKeys } from '../hooks/useKeys.js';

export function CatalogPicker({ initialQuery, onPick, onCancel }: { initialQuery: string; onPick: (id: string) => void; onCancel: () => void }): ReactNode {
  const [query, setQuery] = useState(initialQuery);
  const { rows } = useTerminalSize();
  useKeys((_input, key) => {
    if (key.escape) onCancel();
  });
  const models = searchCatalog(query);
  const items = models.map((m) => ({
    key: m.id,
    label: `${m.vendor.padEnd(10).slice(0, 10)} ${m.name.padEnd(22)} ${formatTokens(m.maxOutput).padStart(3)} out  ${m.use}`.slice(0, 76),
  }));
  const typed = query.trim();
  if (typed && !models.some((m) => m.id === typed) && /[.:/]/.test(typed)) {
    items.unshift({ key: `typed:${typed}`, label: `Use "${typed}" as typed (profile id / ARN)`.slice(0, 76) });
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
      <Text dimColor>↑↓ move · Enter pick · type to filter · Esc back</Text>
    </Box>
  );
}
