import { type QueryKey, useQuery, useQueryClient } from '@tanstack/react-query';
import { Cascader, type CascaderProps } from 'antd';
import { useEffect, useState } from 'react';
import { fetchIndustryChildren, fetchRegionChildren, referenceKeys } from '../reference.api.js';

type ReferenceNode = { code: string; name: string; hasChildren: boolean };

type CascaderOption = {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: CascaderOption[];
};

type TreeSource = {
  queryKey: (parent: string | undefined) => QueryKey;
  fetchChildren: (parent: string | undefined, signal?: AbortSignal) => Promise<ReferenceNode[]>;
};

const sources = {
  regions: { queryKey: referenceKeys.regions, fetchChildren: fetchRegionChildren },
  industries: { queryKey: referenceKeys.industries, fetchChildren: fetchIndustryChildren },
} satisfies Record<string, TreeSource>;

type ReferenceCascaderProps = {
  /** 行政区划 (province → city → county) or 国民经济行业分类 (section → division → group …). */
  tree: keyof typeof sources;
  /** How many levels to offer: 3 stops regions at counties and industries at 中类. */
  depth: number;
  /** The code path, root first; the API takes its last code. Set by antd Form.Item. */
  value?: string[];
  onChange?: (value: string[]) => void;
  id?: string;
  placeholder?: string;
  /** Lets a path end above `depth` (an industry 大类 instead of a 中类). */
  changeOnSelect?: boolean;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  status?: CascaderProps['status'];
};

function toOptions(nodes: ReferenceNode[], level: number, depth: number): CascaderOption[] {
  return nodes.map((node) => ({
    value: node.code,
    label: node.name,
    isLeaf: !node.hasChildren || level >= depth,
  }));
}

/** A reference-data tree picker that loads each level from the API when it is opened. */
export function ReferenceCascader({
  tree,
  depth,
  value,
  onChange,
  changeOnSelect,
  ...inputProps
}: ReferenceCascaderProps) {
  const source: TreeSource = sources[tree];
  const queryClient = useQueryClient();
  const rootQuery = useQuery({
    queryKey: source.queryKey(undefined),
    queryFn: ({ signal }) => source.fetchChildren(undefined, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const [options, setOptions] = useState<CascaderOption[]>([]);

  useEffect(() => {
    if (rootQuery.data) setOptions(toOptions(rootQuery.data, 1, depth));
  }, [rootQuery.data, depth]);

  const loadData = async (selectedOptions: CascaderOption[]) => {
    const target = selectedOptions.at(-1);
    if (!target) return;
    try {
      const children = await queryClient.fetchQuery({
        queryKey: source.queryKey(target.value),
        queryFn: ({ signal }) => source.fetchChildren(target.value, signal),
        staleTime: Number.POSITIVE_INFINITY,
      });
      target.children = toOptions(children, selectedOptions.length + 1, depth);
    } catch {
      // Leave the level unloaded: opening it again retries.
      target.children = undefined;
    }
    // antd reads the tree from the options array; a new array makes it render the loaded level.
    setOptions((current) => [...current]);
  };

  return (
    <Cascader<CascaderOption>
      {...inputProps}
      options={options}
      loadData={(selected) => void loadData(selected)}
      value={value}
      onChange={(path) => onChange?.((path ?? []).map(String))}
      changeOnSelect={changeOnSelect}
      loading={rootQuery.isPending}
      notFoundContent={rootQuery.isError ? '加载失败，请稍后重试' : undefined}
      showSearch={false}
      allowClear
      // antd's default arrow is labelled "right", which screen readers would read after every option's name.
      expandIcon={<span className="cascader-expand-icon" aria-hidden="true" />}
    />
  );
}
