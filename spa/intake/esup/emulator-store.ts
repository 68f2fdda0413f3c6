import { cardStates, type CardState } from '../../../shared/esup';

/**
 * The cards an esup-sgc emulator knows, in memory: what its wsrest API creates and `GET /wsrest/api/get` shows.
 * Field names are esup-sgc's own (Card, User), so a client written against the emulator reads the real answers.
 */

/** esup-sgc's Card.Etat. */
export const etats = cardStates;
export type Etat = CardState;

/** A request still being processed (esup-sgc's hasNewCard): another request for the same person is LOCKED. */
const inProgress: ReadonlySet<Etat> = new Set(['NEW', 'REQUEST_CHECKED']);

/** The card fields the real `get` lets through its Jackson filter. */
export type EsupCard = {
  id: number;
  etat: Etat;
  dateEtat: string;
  csn: string | null;
  desfireIds: Record<string, string>;
  escnUid: string | null;
};

/** The user fields the real `get` lets through; name and mail come from the LDAP there, from the eppn here. */
export type EsupUser = {
  eppn: string;
  email: string;
  name: string;
  firstname: string;
  birthday: string | null;
  dueDate: string | null;
  crous: boolean;
  europeanStudentCard: boolean;
  difPhoto: boolean;
  cards: EsupCard[];
};

export type CardChoices = { difPhoto: boolean; crous: boolean; european: boolean };

/** « jean.dupont@univ.fr » → Jean DUPONT: a plausible LDAP entry, stable for a given eppn. */
function fromDirectory(eppn: string): Pick<EsupUser, 'email' | 'name' | 'firstname'> {
  const parts = (eppn.split('@')[0] ?? eppn).split('.');
  const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  return {
    email: eppn,
    name: (parts.length > 1 ? parts.slice(1).join('-') : parts[0]!).toUpperCase(),
    firstname: parts.length > 1 ? capital(parts[0]!) : '',
  };
}

export type EsupStore = ReturnType<typeof createEsupStore>;

/** Card ids start well above 1 so that a test cannot mistake a count for an id. */
export function createEsupStore(firstId = 10_001) {
  const users = new Map<string, EsupUser>();
  let nextId = firstId;
  const cardOf = (id: number) => [...users.values()].flatMap(user => user.cards).find(card => card.id === id);

  return {
    /** The person, created on first sight: esup-sgc persists the user before it checks their rights. */
    user(eppn: string): EsupUser {
      const known = users.get(eppn);
      if (known) return known;
      const user: EsupUser = {
        eppn,
        ...fromDirectory(eppn),
        birthday: null,
        dueDate: null,
        crous: false,
        europeanStudentCard: false,
        difPhoto: false,
        cards: [],
      };
      users.set(eppn, user);
      return user;
    },
    find: (eppn: string): EsupUser | undefined => users.get(eppn),
    locked: (eppn: string) => users.get(eppn)?.cards.some(card => inProgress.has(card.etat)) ?? false,
    /** A new card in NEW. Like esup-sgc, CROUS and the European card are switched on, never off, by a request. */
    request(eppn: string, choices: CardChoices, now = new Date()): EsupCard {
      const user = this.user(eppn);
      const card: EsupCard = {
        id: nextId++,
        etat: 'NEW',
        dateEtat: now.toISOString(),
        csn: null,
        desfireIds: {},
        escnUid: null,
      };
      user.cards.push(card);
      user.difPhoto = choices.difPhoto;
      user.crous ||= choices.crous;
      user.europeanStudentCard ||= choices.european;
      return card;
    },
    setState(id: number, etat: Etat, now = new Date()): EsupCard | undefined {
      const card = cardOf(id);
      if (card) Object.assign(card, { etat, dateEtat: now.toISOString() });
      return card;
    },
    /** Copies: a caller that changes what it got does not change the emulator. */
    users: (): EsupUser[] => structuredClone([...users.values()]),
    reset() {
      users.clear();
      nextId = firstId;
    },
  };
}
