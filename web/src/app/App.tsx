import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Switch } from 'wouter';
import { InboxPage } from '../inbox/InboxPage';
import { Layout } from '../shell/Layout';
import { ErrorState, LoadingState } from '../shell/states';
import { LoginPage } from './LoginPage';
import { SessionProvider, useSessionQuery } from './session';

// The inbox is the first screen; the rest load when first opened.
const TicketPage = lazy(() => import('../ticket/TicketPage'));
const CustomerPage = lazy(() => import('../customers/CustomerPage'));
const AdminPage = lazy(() => import('../admin/AdminPage'));

export function App() {
  const { t } = useTranslation();
  const session = useSessionQuery();

  if (session.isPending) return <LoadingState label={t('loading')} fullPage />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} fullPage />;
  if (!session.data) return <LoginPage />;

  return (
    <SessionProvider session={session.data}>
      <Layout>
        <Suspense fallback={<LoadingState label={t('loading')} />}>
          <Switch>
            <Route path="/" component={InboxPage} />
            <Route path="/tickets/:id">{(params) => <TicketPage ticketId={Number(params.id)} />}</Route>
            <Route path="/customers/:id">{(params) => <CustomerPage customerId={params.id} />}</Route>
            <Route path="/admin/:section?">{(params) => <AdminPage section={params.section} />}</Route>
            <Route>
              <Redirect to="/" />
            </Route>
          </Switch>
        </Suspense>
      </Layout>
    </SessionProvider>
  );
}
