import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { type OrganizationListItem, useOrganizations } from '../admin.api.js';
import { adminStrings, organizationTypeLabels } from '../admin.strings.js';

type OrganizationSelectProps = {
  value?: string;
  onChange?: (organizationId: string) => void;
  id?: string;
  /** The organisation chosen before the list is searched (e.g. the row the dialog was opened from). */
  initialOrganization?: Pick<OrganizationListItem, 'id' | 'name' | 'type'>;
  onOrganizationChange?: (organization: Pick<OrganizationListItem, 'id' | 'name' | 'type'> | undefined) => void;
};

/** Picks an organisation in the caller's scope, searching by name on the server. */
export function OrganizationSelect({
  value,
  onChange,
  id,
  initialOrganization,
  onOrganizationChange,
}: OrganizationSelectProps) {
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  // The chosen organisation keeps its label when a later search (or the cleared one) no longer lists it.
  const [selected, setSelected] = useState(initialOrganization);
  useEffect(() => {
    const timer = setTimeout(() => setQuery(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const organizationsQuery = useOrganizations({ q: query || undefined });
  const found = organizationsQuery.data?.pages.flatMap((page) => page.items) ?? [];
  const choices = selected && !found.some((item) => item.id === selected.id) ? [selected, ...found] : found;

  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      value={value}
      placeholder={adminStrings.organizationPlaceholder}
      loading={organizationsQuery.isFetching}
      notFoundContent={organizationsQuery.isFetching ? null : undefined}
      options={choices.map((organization) => ({
        value: organization.id,
        label: `${organization.name}（${organizationTypeLabels[organization.type]}）`,
      }))}
      onChange={(organizationId: string) => {
        const organization = choices.find((item) => item.id === organizationId);
        setSelected(organization);
        onChange?.(organizationId);
        onOrganizationChange?.(organization);
      }}
    />
  );
}
