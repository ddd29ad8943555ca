import type { Academic, Gender, Gendered, LocalePack } from './locale-pack.types.js';
import type { ParsedTitle } from './parse-title.js';

/** The variant of a gendered text for this gender; `unknown` stands in when there is no specific one. */
export function pickGendered(entry: Gendered | undefined, gender: Gender): string | null {
  if (entry === undefined) return null;
  if (typeof entry === 'string') return entry;
  return entry[gender] ?? entry.unknown ?? null;
}

function academicForms(forms: Partial<Record<Academic, Gendered>> | undefined, title: ParsedTitle, all: boolean): string[] {
  const known = title.academic.map((a) => pickGendered(forms?.[a], title.gender)).filter((f): f is string => !!f);
  return all ? known : known.slice(0, 1);
}

function genderForm(pack: LocalePack, gender: Gender): string | null {
  return gender === 'female' ? pack.titles.female : gender === 'male' ? pack.titles.male : null;
}

/**
 * The locale's own title for a parsed title, as written before (or, in CJK and Turkish, after)
 * the name in running text: de "Frau Prof. Dr.", en-GB "Dr", es "Sra.", it "Dott.ssa", fr "Mme",
 * zh "女士", tr "Hanım", ja always "様", ko always "고객님". Null when the title said nothing the
 * locale uses (Swedish uses no titles).
 */
export function composeHonorific(pack: LocalePack, title: ParsedTitle): string | null {
  const { titles } = pack;
  const gender = genderForm(pack, title.gender);
  switch (titles.compose) {
    case 'fixed':
      return titles.fixed ?? null;
    case 'gender':
      return gender;
    case 'academic-or-gender':
      return academicForms(titles.academic, title, false)[0] ?? gender;
    case 'gender-academic': {
      const parts = [gender, ...academicForms(titles.academic, title, true)].filter(Boolean);
      return parts.length ? parts.join(' ') : null;
    }
  }
}

/** The highest academic title as said inside a salutation (`{academic}`: Polish "Doktorze", Czech "inženýre"), or ''. */
export function composeAcademic(pack: LocalePack, title: ParsedTitle): string {
  return academicForms(pack.titles.address ?? pack.titles.academic, title, false)[0] ?? '';
}
