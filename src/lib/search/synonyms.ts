import { fold } from './fold.ts';
import { baseLanguage, queryWords } from './words.ts';

/**
 * Words buyers use for what help articles call something else, per language: each group is one
 * meaning, and a query naming any of its phrases searches for all of them. Written for shops of
 * digital products (templates, printables, fonts, cut files, courses); a shop adds its own in
 * content/synonyms.yaml. Phrases are written as buyers type them; they are folded and their
 * stopwords dropped like a query, so "talk to a person" matches "talk person".
 */
export const BUILT_IN_SYNONYMS: Record<string, string[][]> = {
	en: [
		['refund', 'refunds', 'refunded', 'money back', 'reimbursement', 'reimburse', 'chargeback', 'return'],
		['download', 'downloads', 'downloaded', 'files', 'file'],
		['colour', 'colours', 'color', 'colors'],
		['licence', 'licences', 'license', 'licenses', 'licensing', 'terms of use'],
		['open', 'opening', 'opens', 'load', 'loading'],
		['photo', 'photos', 'picture', 'pictures', 'image', 'images'],
		['replace', 'change', 'swap', 'switch'],
		['log in', 'login', 'sign in', 'signin', 'access'],
		['support', 'contact', 'talk person', 'person', 'human', 'someone', 'agent', 'customer service'],
		['commercial', 'sell', 'selling', 'resell', 'reselling', 'business', 'shop'],
		['physical', 'mug', 'mugs', 't shirt', 't shirts', 'tshirt', 'shirt', 'shirts', 'tote', 'merch', 'print on demand', 'pod'],
		['share', 'sharing', 'friend', 'friends', 'give away', 'redistribute'],
		['video', 'videos', 'lesson', 'lessons', 'player'],
		['play', 'plays', 'playing', 'stream', 'streaming'],
		['certificate', 'certificates', 'diploma', 'certification'],
		['copy shop', 'print shop', 'printing service', 'printer shop'],
		['phone', 'mobile', 'iphone', 'android', 'cell', 'smartphone'],
		['password', 'forgot password', 'reset password'],
		['expired', 'expire', 'expires', 'expiry', 'dead link', 'no longer works'],
		['email', 'e mail', 'mail'],
		['charged twice', 'double charge', 'paid twice', 'duplicate'],
	],
	pt: [
		['reembolso', 'reembolsos', 'dinheiro volta', 'devolucao', 'devolver', 'estorno'],
		['download', 'transferir', 'ficheiros', 'arquivos', 'baixar'],
		['telemovel', 'telefone', 'celular', 'smartphone', 'iphone', 'android'],
		['template', 'modelo', 'modelos'],
		['apoio', 'contacto', 'contato', 'suporte', 'falar pessoa', 'pessoa', 'humano'],
		['comercial', 'vender', 'venda', 'revender', 'canecas', 'caneca', 'camisetas', 't shirts'],
		['entrar', 'login', 'iniciar sessao', 'aceder', 'acessar', 'acesso'],
		['imprimir', 'impressao', 'impresso', 'imprimi'],
		['expirou', 'expirado', 'expirar', 'caducou'],
	],
	es: [
		['reembolso', 'reembolsos', 'devuelvan dinero', 'devolucion', 'devolver', 'dinero'],
		['descarga', 'descargas', 'descargar', 'archivos'],
		['telefono', 'movil', 'celular', 'smartphone', 'iphone', 'android'],
		['plantilla', 'plantillas', 'template', 'modelo'],
		['soporte', 'contacto', 'ayuda', 'hablar persona', 'persona', 'humano'],
		['comercial', 'vender', 'venta', 'revender', 'tazas', 'camisetas'],
		['iniciar sesion', 'entrar', 'acceder', 'acceso', 'login'],
		['caducado', 'caducada', 'expirado', 'vencido'],
		['licencia', 'licencias'],
	],
	fr: [
		['remboursement', 'remboursements', 'rembourse', 'rembourser', 'argent'],
		['telechargement', 'telecharger', 'fichiers'],
		['telephone', 'portable', 'mobile', 'smartphone', 'iphone', 'android'],
		['modele', 'modeles', 'template', 'gabarit'],
		['assistance', 'contact', 'support', 'parler quelqu un', 'quelqu un', 'personne', 'humain'],
		['commerciale', 'commercial', 'vendre', 'vente', 'revendre', 'mugs', 'tasses', 't shirts'],
		['connecter', 'connexion', 'identifier', 'login', 'acceder'],
		['expire', 'perime'],
	],
	pl: [
		['zwrot', 'zwroty', 'zwrotu', 'oddac pieniadze', 'reklamacja', 'pieniadze', 'pieniedzy'],
		['pobrania', 'pobrac', 'pliki', 'plikow', 'pobieranie'],
		['telefon', 'telefonie', 'komorka', 'smartfon', 'iphone', 'android'],
		['szablon', 'szablonu', 'szablony', 'template'],
		['kontakt', 'pomoc', 'czlowiek', 'czlowiekiem', 'osoba', 'konsultant'],
		['komercyjna', 'komercyjne', 'sprzedaz', 'sprzedawac', 'kubki', 'koszulki'],
		['zalogowac', 'logowanie', 'zaloguj', 'dostep'],
		['wygasl', 'wygasa', 'wygasniecie', 'nieaktualny'],
		['drukowanie', 'drukowac', 'druk', 'wydruk', 'drukuje'],
	],
};

/** One meaning in a language: its phrases as folded word lists, longest first. */
export type SynonymGroup = string[][];

/** Built-in groups for a language plus the shop's own (content/synonyms.yaml), ready to match. */
export function synonymGroups(lang: string, shopGroups: readonly (readonly string[])[] = []): SynonymGroup[] {
	const base = baseLanguage(lang);
	return [...(BUILT_IN_SYNONYMS[base] ?? []), ...shopGroups].map((group) =>
		group.map((phrase) => queryWords(phrase, base)).filter((words) => words.length > 0).sort((a, b) => b.length - a.length),
	);
}

/** One thing the buyer asked about: the words they typed and every way of saying it to search. */
export interface Concept {
	typed: string;
	/** Search strings, each all-words-must-match; the first is what the buyer typed. */
	alternatives: string[];
}

/**
 * Groups a query's words into concepts. A run of words that is a phrase of a synonym group
 * ("money back") becomes one concept searched as every phrase of the group; any other word is a
 * concept of its own, searched as itself and, when it is a group's one-word phrase, the rest.
 */
export function concepts(words: readonly string[], groups: readonly SynonymGroup[]): Concept[] {
	const found: Concept[] = [];
	for (let i = 0; i < words.length; ) {
		let match: { length: number; group: SynonymGroup } | undefined;
		for (const group of groups) {
			for (const phrase of group) {
				if (phrase.length > (match?.length ?? 0) && phrase.every((word, k) => fold(words[i + k] ?? '') === word)) match = { length: phrase.length, group };
			}
		}
		if (match) {
			const typed = words.slice(i, i + match.length).join(' ');
			found.push({ typed, alternatives: unique([typed, ...match.group.map((phrase) => phrase.join(' '))]) });
			i += match.length;
		} else {
			found.push({ typed: words[i]!, alternatives: [words[i]!] });
			i += 1;
		}
	}
	return found;
}

const unique = (list: string[]) => [...new Set(list)];
