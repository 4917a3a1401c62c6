import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { accountsKeys } from '../features/accounts/accounts.api.js';
import { ApiError, isUnauthenticatedError } from '../lib/http.js';
import { appTheme } from './theme.js';

function shouldRetry(failureCount: number, error: unknown): boolean {
  const isClientError = error instanceof ApiError && error.status >= 400 && error.status < 500;
  return !isClientError && failureCount < 2;
}

export function createQueryClient(): QueryClient {
  // A 401 from any other request means the session ended (expired, or ended from another device): check it
  // again, so the protected page in view sends the user to sign in.
  const recheckSession = (error: unknown) => {
    if (isUnauthenticatedError(error)) void queryClient.invalidateQueries({ queryKey: accountsKeys.me() });
  };
  const queryClient = new QueryClient({
    queryCache: new QueryCache({ onError: recheckSession }),
    mutationCache: new MutationCache({ onError: recheckSession }),
    defaultOptions: {
      // The public catalogue changes only when a new edition is published.
      queries: { staleTime: 5 * 60_000, retry: shouldRetry, refetchOnWindowFocus: false },
    },
  });
  return queryClient;
}

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <ConfigProvider locale={zhCN} theme={appTheme}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ConfigProvider>
  );
}
