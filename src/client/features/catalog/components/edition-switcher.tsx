import { Segmented } from 'antd';
import { type EditionId, editionIdSchema } from '../../../../shared/catalog/catalog.schemas.js';
import { catalogStrings, formatEditionLabel } from '../catalog.strings.js';

const editionOptions = editionIdSchema.options.map((edition) => ({
  value: edition,
  label: formatEditionLabel(edition),
}));

type EditionSwitcherProps = { value: EditionId; onChange: (edition: EditionId) => void };

export function EditionSwitcher({ value, onChange }: EditionSwitcherProps) {
  return (
    <Segmented<EditionId>
      aria-label={catalogStrings.editionSwitcherLabel}
      name="catalog-edition"
      options={editionOptions}
      value={value}
      onChange={onChange}
    />
  );
}
