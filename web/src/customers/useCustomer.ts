import { useQuery } from '@tanstack/react-query';
import { get } from '../api/client';
import type { Customer } from '../api/types';
import { customerKey } from './identities';

/** A buyer in full (identities, time zone): the customer page, the ticket's customer card and its buyer-time labels share it. */
export function useCustomer(id: string, enabled = true) {
  return useQuery({ queryKey: customerKey(id), queryFn: () => get<Customer>(`/api/customers/${id}`), enabled });
}
