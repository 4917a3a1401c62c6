import { z } from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';

// Shared schemas without a message of their own (e.g. `min(2)`) still answer in Chinese on the client.
z.config(zhCN());
