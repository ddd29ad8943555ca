import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { get, post, setCsrfToken } from '../api/client';
import type { Session } from '../api/types';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { InlineError } from '../shell/states';
import { SESSION_KEY } from './session';

interface DemoLogin {
  email: string;
  password: string;
  name: string;
  role: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const demo = useQuery({ queryKey: ['demo-logins'], queryFn: () => get<{ items: DemoLogin[] }>('/api/demo/logins'), staleTime: Infinity });

  const login = useMutation({
    mutationFn: (credentials: { email: string; password: string }) => post<Session>('/api/auth/login', credentials),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(SESSION_KEY, session);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ email, password });
  };

  return (
    <main className="login">
      <div className="login-card">
        <div className="login-head">
          <h1 className="brand-mark">Meridian</h1>
          <LanguageSwitch />
        </div>
        <p className="muted">{t('login.tagline')}</p>
        <form onSubmit={submit} className="stack">
          <label className="field">
            <span>{t('login.email')}</span>
            <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} autoFocus />
          </label>
          <label className="field">
            <span>{t('login.password')}</span>
            <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          </label>
          <InlineError error={login.error} />
          <button type="submit" className="button button-primary" disabled={login.isPending}>
            {login.isPending ? t('login.signingIn') : t('login.signIn')}
          </button>
        </form>
        {demo.data && demo.data.items.length > 0 && (
          <section className="demo-logins" aria-labelledby="demo-logins-title">
            <h2 id="demo-logins-title">{t('login.demoTitle')}</h2>
            <p className="muted">{t('login.demoHint', { password: demo.data.items[0]!.password })}</p>
            <ul>
              {demo.data.items.map((d) => (
                <li key={d.email}>
                  <button
                    type="button"
                    className="button button-ghost"
                    onClick={() => {
                      setEmail(d.email);
                      setPassword(d.password);
                      login.mutate({ email: d.email, password: d.password });
                    }}
                  >
                    <span>{d.name}</span>
                    <span className="muted">
                      {t(`roles.${d.role}` as 'roles.agent')} · {d.email}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </main>
  );
}
