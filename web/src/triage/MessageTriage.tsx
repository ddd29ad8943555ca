import { Fragment, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName, languageName } from '../format/time';
import type { TriageView } from './api';
import { hasEntities, safeHttpUrl, segmentText, type EntityMatch, type Segment } from './entities';
import { usePercent } from './format';
import { carrierName, isMissingFact } from './labels';
import './triage.css';

/** How one found entity is shown: a link (tracking page, mailto:, tel:) or a marked span, with a title saying what it is. */
interface EntityLook {
  href: string | null;
  external: boolean;
  title: string;
  /** Read after a link's text by screen readers. */
  hint: string;
  kind: EntityMatch['kind'];
  invalid: boolean;
}

function useDescribeEntity() {
  const { t, i18n } = useTranslation('triage');
  const locale = i18n.language;
  const carrier = (slug: string) => {
    const name = carrierName(slug);
    if ('known' in name) return t(`carriers.${name.known}`);
    if ('postOf' in name) return t('carriers.postOf', { country: countryName(name.postOf, locale) });
    return name.slug;
  };
  return (entity: EntityMatch): EntityLook => {
    switch (entity.kind) {
      case 'tracking': {
        const { value } = entity;
        const href = safeHttpUrl(value.url);
        const title = [t('entity.tracking', { carrier: carrier(value.carrier) }), value.valid ? null : t('entity.checkDigitInvalid')].filter(Boolean).join(' · ');
        return { href, external: href !== null, title, hint: href ? `${title} · ${t('entity.newTab')}` : title, kind: 'tracking', invalid: !value.valid };
      }
      case 'email':
        return { href: `mailto:${entity.value}`, external: false, title: t('entity.email'), hint: t('entity.email'), kind: 'email', invalid: false };
      case 'phone':
        return { href: `tel:${entity.value}`, external: false, title: `${t('entity.phone')} · ${entity.value}`, hint: t('entity.phone'), kind: 'phone', invalid: false };
      case 'amount': {
        let amount: string;
        try {
          amount = new Intl.NumberFormat(locale, { style: 'currency', currency: entity.value.currency }).format(entity.value.value);
        } catch {
          amount = `${entity.value.value} ${entity.value.currency}`;
        }
        const title = t('entity.amount', { amount });
        return { href: null, external: false, title, hint: title, kind: 'amount', invalid: false };
      }
      case 'date': {
        let date = entity.value;
        try {
          date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${entity.value}T00:00:00Z`));
        } catch {
          // Shown as the ISO date.
        }
        const title = t('entity.date', { date });
        return { href: null, external: false, title, hint: title, kind: 'date', invalid: false };
      }
      case 'order':
        return { href: null, external: false, title: t('entity.order'), hint: t('entity.order'), kind: 'order', invalid: false };
      case 'sku':
        return { href: null, external: false, title: t('entity.sku'), hint: t('entity.sku'), kind: 'sku', invalid: false };
    }
  };
}

const className = (look: EntityLook) => `tri-entity tri-entity-${look.kind}${look.invalid ? ' tri-entity-invalid' : ''}`;

/**
 * Links carry what they lead to in their accessible name (the title alone is not reliably read);
 * no hidden text is added, so copying a tracking number copies only the number.
 */
function EntityMark({ text, look }: { text: string; look: EntityLook }) {
  if (look.href) {
    return (
      <a
        href={look.href}
        className={className(look)}
        title={look.title}
        aria-label={`${text} (${look.hint})`}
        data-entity={look.kind}
        {...(look.external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
      >
        {text}
      </a>
    );
  }
  return (
    <mark className={className(look)} title={look.title} data-entity={look.kind}>
      {text}
    </mark>
  );
}

/** A plain-text message with triage's entities marked where they occur. */
export function HighlightedText({ text, triage }: { text: string; triage: TriageView }) {
  const describe = useDescribeEntity();
  const segments = useMemo<Segment[]>(() => segmentText(text, triage.entities, triage.language), [text, triage]);
  return (
    <>
      {segments.map((segment, i) =>
        segment.entity ? <EntityMark key={i} text={segment.text} look={describe(segment.entity)} /> : <Fragment key={i}>{segment.text}</Fragment>,
      )}
    </>
  );
}

/**
 * An HTML message (sanitised by the server when stored) with entities marked: after React renders
 * it, each text node outside links is split and the finds wrapped in elements built here (text as
 * text, links only to http(s) tracking pages, mailto: and tel:). An entity cut across two nodes by
 * markup is left unmarked.
 */
export function HighlightedHtml({ html, triage, lang }: { html: string; triage: TriageView | null; lang: string | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  const describe = useDescribeEntity();
  const { i18n } = useTranslation();

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    // A second pass (the agent switched language) first restores the text the first one wrapped.
    for (const done of root.querySelectorAll<HTMLElement>('[data-tri-marked]')) done.replaceWith(document.createTextNode(done.textContent ?? ''));
    root.normalize();
    if (!triage || !hasEntities(triage.entities)) return;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest('a, style, script, textarea') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    for (const node of nodes) {
      const segments = segmentText(node.data, triage.entities, triage.language);
      if (!segments.some((s) => s.entity)) continue;
      const fragment = document.createDocumentFragment();
      for (const segment of segments) {
        if (!segment.entity) {
          fragment.append(segment.text);
          continue;
        }
        const look = describe(segment.entity);
        const element = document.createElement(look.href ? 'a' : 'mark');
        element.className = className(look);
        element.title = look.title;
        element.dataset.entity = look.kind;
        element.dataset.triMarked = '';
        if (look.href) {
          element.setAttribute('href', look.href);
          element.setAttribute('aria-label', `${segment.text} (${look.hint})`);
          if (look.external) {
            element.setAttribute('target', '_blank');
            element.setAttribute('rel', 'noopener noreferrer');
          }
        }
        element.textContent = segment.text;
        fragment.append(element);
      }
      node.replaceWith(fragment);
    }
    // `describe` is new each render; it changes only with the agent's language, which i18n.language stands for.
  }, [html, triage, i18n.language]);

  return <div ref={ref} className="message-body message-html" lang={lang} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** One line under a buyer's message: the language triage detected, its intent and sureness, and what the buyer left out. */
export function TriageSummary({ triage }: { triage: TriageView }) {
  const { t, i18n } = useTranslation(['triage', 'common']);
  const percent = usePercent();
  const intent = t(`common:intents.${triage.intent}` as 'common:intents.other', { defaultValue: triage.intent });
  const missing = triage.missing.map((code) => (isMissingFact(code) ? t(`missing.${code}`) : code));
  return (
    <p className="tri-summary" data-testid="triage-summary">
      <span className="tri-summary-label">{t('summary.label')}</span>
      <span>{t('summary.language', { language: languageName(triage.language, i18n.language) })}</span>
      <span className={triage.abstain ? 'tri-unsure' : undefined}>
        {t(triage.abstain ? 'summary.unsure' : 'summary.intent', { intent, confidence: percent(triage.confidence) })}
      </span>
      {missing.length > 0 && (
        <span className="tri-missing" data-testid="triage-missing">
          {t('summary.missing', { facts: missing.join(t('summary.listSeparator')) })}
        </span>
      )}
    </p>
  );
}
