/**
 * Words that mark page furniture and context lines, in English, German, French, Spanish, Italian,
 * Portuguese and Dutch. Patterns are matched against a block's whole text, lowercased.
 */
import type { PageNote } from '../../types';

/** Short blocks that are page furniture: share/follow/subscribe prompts, ad labels, related links, controls. */
export const FURNITURE =
  /^(?:advertisement|advertising|anzeige|werbung|publicité|publicidad|anuncio|pubblicità|publicidade|advertentie|sponsored(?: content)?|ad|ads|reklame|search|suche|recherche|buscar|cerca|zoeken|menu|close|schließen|fermer|cerrar|chiudi|fechar|sluiten|show caption|hide caption|toggle caption|enlarge(?: image| this image)?|expand|view gallery|view image|zoom|photo|image|video|audio|listen|play|replay|table of contents|contents|in this article|in this (?:post|guide)|on this page|jump to|inhaltsverzeichnis|sommaire|índice|indice|inhoudsopgave|(?:edited|reviewed|fact[- ]checked|medically reviewed|written) by|(?:previous|next|older|newer) (?:post|article|story|entry)|be the first to comment|source|(?:pdf|print|printer[- ]friendly) version)\s*:?$|\b(?:share (?:on|this|via|article|story)|share$|tweet this|teilen|partager|compartir|condividi|compartilh|partilh|delen op|follow us|folgen sie uns|suivez[- ]nous|síguenos|seguici|siga[- ]nos|volg ons|subscribe|sign up|newsletter|mailing list|abonnieren|jetzt anmelden|abonnez[- ]vous|inscrivez[- ]vous|suscríbete|suscribirse|iscriviti|abbonati|assine|inscreva[- ]se|abonneer|schrijf je in|font size|text size|schriftgröße|taille du texte|taille de police|tamaño de (?:letra|fuente)|dimensione del testo|tamanho d[ao] (?:fonte|letra)|lettergrootte|comments? (?:are|is) (?:loading|closed)|leave a comment|view comments|show comments|kommentare|commentaires|comentarios|commenti|comentários|reacties|print this|skip to (?:content|main)|rate this (?:article|story|post)|by posting a comment|(?:story|article|page|content) continues below|continues after (?:this |the )?(?:advertisement|ad)\b|advertisement\s*[-–—:]\s*(?:page |story |article )?(?:continues|scroll)|was this (?:article|page|story|post) (?:helpful|useful)|help us improve|recent posts|back to top|cookie|all rights reserved)\b/;

/** Paywall prompts: never story text, and a sign the body is a teaser. */
export const PAYWALL_PROMPT =
  /\b(?:subscribe to (?:continue|read|unlock)|to continue reading|continue reading with|already a subscriber|subscribers only|for subscribers|sign in to (?:continue|read)|log in to (?:continue|read)|create a free account to (?:continue|read)|this (?:article|story|content) is (?:for|available to|reserved for|exclusive to) (?:paying )?(?:[\w+]+ ){0,2}(?:subscribers|members)|already have an account\W+(?:log|sign) in|become a (?:paid )?(?:subscriber|member) (?:to|of) (?:[\w+]+ ){0,3}to (?:unlock|read|continue)|to unlock this (?:piece|article|story|post)|unlock (?:this|the full) (?:article|story)|jetzt weiterlesen|weiterlesen mit|nur für abonnenten|exklusiv für abonnenten|abonnez-vous pour (?:lire|continuer)|réservé aux abonnés|article réservé|contenido exclusivo para suscriptores|exclusivo para suscriptores|suscríbete para (?:seguir|continuar) leyendo|riservato agli abbonati|contenuto riservato|exclusivo para assinantes|assine para continuar|alleen voor abonnees|lees verder met)\b/i;

/** Donation and membership appeals: never story text; in the later part of a body they open the tail. */
export const APPEAL =
  /\b(?:we have a small favou?r to ask|please consider (?:donating|pitching in|supporting|a donation|making a (?:gift|donation))|support (?:our|independent|nonprofit) journalism|support our (?:mission|work|newsroom|reporting)|donate via|if you (?:liked|enjoyed) (?:this|reading this) (?:article|post|story|piece),? please|become a patron|support us on patreon|buy (?:me|us) a coffee|make a (?:tax-deductible )?(?:donation|gift)|donate now|become a (?:member|supporter|subscriber) today|unterstützen sie (?:unseren|unabhängigen) journalismus|soutenez (?:notre|le) journalisme|apoya (?:nuestro|el) periodismo|sostieni (?:il nostro|il) giornalismo|apoie (?:o nosso|o) jornalismo|steun (?:onze|de) journalistiek)\b/i;

/** A line that says where a picture comes from: "Image from Becca's October review.", "Photo via Reuters". */
export const IMAGE_SOURCE =
  /^(?:image|photo|picture|screenshot|illustration|foto|bild|imagen|immagine|imagem)s?\s+(?:from|via|courtesy of|source|von|de|da|di|van)\b/i;

/** A broadcaster's note on its transcripts: "Accuracy and availability of transcripts may vary." */
export const TRANSCRIPT_NOTICE =
  /\btranscripts? (?:may|might|can) (?:vary|be revised|not be in (?:its|their) final form|contain errors)|\b(?:this|the) transcript (?:was|has been|is) (?:produced|created|generated) (?:on a rush deadline|by a (?:contractor|machine|computer)|automatically)/i;

/** Sales prompts that close a company's post: "Ready to start? Get started today.", "Book a demo". */
export const CALL_TO_ACTION =
  /\b(?:get started(?: today| now| for free)?|start (?:your|a) free trial|free trial|no credit card (?:required|needed)|(?:book|request|schedule) a (?:free )?(?:demo|call|consultation|quote)|get (?:a )?(?:free )?quotes?(?: from)?|talk to (?:a|an|our) (?:[\w-]+ ){0,2}(?:expert|specialist|team)|learn more here|sign up (?:for )?free|try (?:it )?(?:for )?free|shop now|shop our|buy now|order now|order (?:your|a) copy|delivery charges may apply|jetzt (?:testen|starten|kaufen)|essai gratuit|prueba gratis|prova gratis|teste grátis)\b/;

/**
 * A newsroom's call for readers' stories, set after or inside a piece: "Share your story", "Fill out the
 * form below or email…", "Have you been affected by…? We want to hear from you".
 */
export const READER_CALLOUT =
  /^[^\p{L}\p{N}]*share your (?:story|stories|experience|tips?)\b[^.!?]{0,40}[.!:]?$|\b(?:fill out the form below|fill in the form below|use the form below to|we(?:['’]d| would)? (?:want|like|love) to hear from you|have you been affected by|tell us your story|share your (?:story|experience|photos|videos) with us)\b/iu;

/** Newsletter promotions longer than a button: "Love movies? Our newsletter… Sign up now." */
export const NEWSLETTER_PROMO =
  /\bnewsletter\b.*\b(?:sign up|subscribe|inbox|delivered)\b|\b(?:sign up|subscribe)\b.*\bnewsletter\b/i;

/**
 * The fine print of a sign-up box: "By signing up, you agree to receive recurring automated SMS marketing
 * messages…", "Msg and data rates may apply", "Reply STOP to cancel", "By subscribing, you agree to our
 * Terms of Use and Privacy Policy", and the same under a comment form or a cookie banner ("By posting a
 * comment, you consent to…", "By continuing to use this site, you agree…").
 */
export const SIGNUP_FINE_PRINT =
  /\bby (?:signing up|subscribing|submitting (?:your|this)|clicking|tapping|entering your|providing your|registering|posting (?:a |your )?comments?|commenting|continuing to (?:use|browse))\b[^.]{0,80}?\byou (?:agree|consent|acknowledge|accept)\b|\bmsg (?:&|and) data rates may apply\b|\breply stop to\b/i;

/** Lead-ins of related-content blocks: "Related:", "Read more:", "Lesen Sie auch"… */
export const RELATED_LEAD =
  /^(?:related(?: stories| articles| coverage| content)?|read (?:more|also|next)|also read|also check(?: out)?|don['’]t miss|see also|more from|more on this|recommended|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|check out next|trending|most read|popular|weiterlesen|mehr zum thema|lesen sie auch|auch interessant|das könnte sie auch interessieren|à lire aussi|lire aussi|voir aussi|sur le même sujet|lee también|leer más|te puede interesar|relacionad[ao]s?|leggi anche|potrebbe interessarti|leia também|leia mais|veja também|saiba mais|lees ook|meer over|zie ook)\b\s*[:.»>-]?/;

/** A teaser's excerpt, cut off with an ellipsis ("… the festival was launched on Sunday, December 1..."). */
export const CUT_OFF_EXCERPT = /\p{L}(?:\.\.\.|…)\s*(?:\[…\]|\[\.\.\.\])?$/u;

/** Credits and captions of images. */
export const CREDIT =
  /^(?:(?:photo|image|picture|foto|bild|crédit|credit|crédits|credits|fotografía|immagine|imagem|afbeelding)s?(?: by| credit| courtesy| photo| photos| foto| fotos| image| de la photo)?\s*[:©]|©|\(c\)\s)|\b(?:getty images|ap photo|afp(?: photo)?|reuters\/|shutterstock|istock)\b|\b(?:dpa|epa)(?:-efe)?\s*(?:[/)|]|$)/i;

interface NoteRule {
  kind: PageNote['kind'];
  pattern: RegExp;
  /** Longer blocks are story text that merely mentions the words. */
  maxWords: number;
}

/** Context lines that leave the body but tell the reader about the piece. First match wins. */
export const NOTE_RULES: NoteRule[] = [
  {
    kind: 'correction',
    maxWords: 120,
    pattern:
      /^(?:corrections?|clarification|korrektur|berichtigung|richtigstellung|rectificatif|correction|corrección|fe de errores|correzione|rettifica|correção|correctie|rectificatie)\s*[:.—-]|\ban earlier version of this (?:article|story|post)\b|\bthis (?:article|story) (?:has been|was) corrected\b/,
  },
  {
    kind: 'editors-note',
    maxWords: 150,
    pattern:
      /^(?:editor'?s'? note|editors['’]? note|editor’s note|anmerkung der redaktion|hinweis der redaktion|note de la rédaction|nda|nota del editor|nota de la redacción|nota della redazione|nota do editor|nota da redação|noot van de redactie)\b/,
  },
  {
    kind: 'disclosure',
    maxWords: 80,
    pattern:
      /^(?:disclosure|full disclosure|transparenzhinweis|offenlegung|divulgation|divulgación|trasparenza|divulgação)\s*[:.—-]|\b(?:(?:may )?contains? affiliate links|affiliate links (?:are|may be) used|we (?:may |might |will |could )?earn (?:a )?(?:small )?commission|affiliate commission|(?:purchases|links) (?:made )?(?:through|via|on) (?:our |these |the )?links? (?:may )?earn us (?:a )?(?:small )?commission|(?:i|we) (?:may|might) (?:receive|earn|get|make) (?:a )?(?:small )?(?:affiliate )?commission|(?:buying|purchases?) (?:made )?through (?:the )?links on (?:our|this) (?:site|page)|(?:we are|is) a reader-supported|is a (?:sponsor|funder|donor) of|provides funding (?:to|for)|receives (?:financial )?support from|is solely responsible for all content|(?:has|have) no (?:relevant )?(?:conflicts? of interest|financial interest)|(?:views|opinions) expressed (?:in|on|by|here)\b.{0,80}\b(?:are (?:their|his|her|the authors?['’]?s?|solely)|do not necessarily (?:reflect|represent)))\b/,
  },
  {
    kind: 'syndication',
    maxWords: 70,
    pattern:
      /\b(?:(?:was|is) originally published|originally appeared|first (?:appeared|published) (?:in|on|at)|republished (?:from|with permission|under)|reprinted with permission|this (?:article|story) (?:was produced|is republished|is part of a partnership)|this (?:story|article|piece)(?: about .{1,120}?)? was (?:written|produced|reported) by|distributed by|zuerst erschienen|ursprünglich erschienen|initialement publié|publié à l'origine|publicado originalmente|publicado originariamente|pubblicato originariamente|oorspronkelijk gepubliceerd)\b/,
  },
  {
    kind: 'licensing',
    maxWords: 120,
    pattern:
      /\b(?:all content created by|available without charge|republish (?:this|our)|licensed under (?:a )?creative commons|creative commons (?:attribution|license|licence)|all rights reserved|may not be (?:published|reproduced|broadcast|rewritten|redistributed)|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|riproduzione riservata|todos os direitos reservados|alle rechten voorbehouden)\b|^(?:©|copyright\b)/,
  },
  {
    kind: 'author-contact',
    maxWords: 40,
    pattern:
      /\b(?:send (?:news )?tips to|got a tip|have a tip|news tips?:|follow (?!us\b|me\b)(?:[\p{L}'’.-]+\s){1,3}on (?:twitter|x|facebook|instagram|threads|bluesky|linkedin)|follow (?:him|her|them) on|^follow me on|^(?:inquiries|enquiries|media inquiries|press inquiries)\s*:\s*\S+@\S+$|(?:you )?can be reached at|you can reach|contact (?:the author|him|her|them) at|contact (?:(?:staff |senior )?(?:writer|reporter|editor|correspondent) )?(?:[\p{L}'’.-]+\s){1,3}at\b|email (?:him|her|them) at|reach (?:him|her|them) at|folgen sie (?!uns\b)(?:[\p{L}'’.-]+\s){1,3}auf|suivez (?!nous\b)(?:[\p{L}'’.-]+\s){1,3}sur|sigue a (?!nosotros\b)(?:[\p{L}'’.-]+\s){1,3}en|segui (?!ci\b)(?:[\p{L}'’.-]+\s){1,3}su|siga (?!nos\b)(?:[\p{L}'’.-]+\s){1,3}n[oa]|volg (?!ons\b)(?:[\p{L}'’.-]+\s){1,3}op)\b/u,
  },
];

export function noteKindOf(text: string): PageNote['kind'] | null {
  const lower = text.toLowerCase();
  const words = lower.split(/\s+/).length;
  for (const rule of NOTE_RULES) {
    if (words > rule.maxWords) continue;
    if (rule.pattern.test(lower)) return rule.kind;
  }
  return null;
}

/** Class and id fragments of page furniture. Matched against whole tokens of class/id names. */
export const FURNITURE_NAME =
  /(?:^|[\s_-])(?:share|sharing|shares|social|sociallinks|newsletter|subscribe|subscription|signup|sign-up|promo|promotion|related|recommend\w*|outbrain|taboola|ad|ads|advert\w*|adslot|adunit|dfp|gpt|sponsor\w*|(?:font|text)-?size(?<!(?:has-[\w-]*|\bu-)(?:font|text)-?size)(?![_-](?:x*s|sm|small|m|md|medium|x*l|lg|large|base|\d+)(?:$|[\s_-]))|fontsize|textsize|comments?|disqus|breadcrumbs?|toolbar|print|popup|modal|cookie\w*|consent|gdpr|tags?|tag-?list|keywords|most-?read|trending|more-?stories|read-?more|readmore|next-?article|author-?social|follow)(?=$|[\s_-])/;

/** Class names that hold captions and credits. */
export const CAPTION_NAME =
  /(?:^|[\s_-])(?:caption|credit|credits|copyright|photo-?credit|image-?credit|wp-caption-text)(?=$|[\s_-])/;

/**
 * Headings that open the tail of a page after the story: related links, most read, comments. Everything
 * from such a heading to the end of the body is furniture.
 */
export const TAIL_HEADING =
  /^(?:related(?: (?:articles?|stories|posts|content|reading|coverage|news|links|topics))?|also in the news|more (?:news|stories|articles|posts|from [\p{L} .'’-]+|on (?:this|[\p{L} .'’-]+)|in [\p{L} .'’-]+|like this)|read (?:more|next|also)|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended(?: (?:for you|reading|stories|articles))?|(?:most )?popular(?: (?:stories|articles|posts|now))?|most (?:read|viewed|shared)|trending(?: (?:now|stories))?|latest(?: (?:news|stories|articles|posts))?|top stories|recent posts|latest posts|don['’]t miss|editor['’]?s picks|comments?|\d+ comments?|leave a (?:reply|comment)|join the (?:conversation|discussion)|share (?:this|the) (?:article|story|post)|about us|what(?:['’]s| is) included in (?:a|your|the|my) subscription\??|subscribe (?:now|today)|become a (?:paid )?(?:subscriber|member)|upgrade to (?:paid|premium)|mehr zum thema|weitere artikel|das könnte sie auch interessieren|meistgelesen|auch interessant|kommentare|à lire aussi|sur le même sujet|les plus lus|articles similaires|vous aimerez aussi|commentaires|te puede interesar|noticias relacionadas|lo más leído|más noticias|artículos relacionados|comentarios|leggi anche|articoli correlati|potrebbe interessarti|i più letti|commenti|leia também|veja também|mais lidas|notícias relacionadas|artigos relacionados|comentários|lees ook|meer nieuws|gerelateerde artikelen|meest gelezen|reacties)\s*[:.!»>]?$/u;

/** Headings over an author bio: the blocks under them are notes. */
export const ABOUT_AUTHOR_HEADING =
  /^(?:about the (?:author|writer|reporter)s?|über (?:den|die) autor(?:in)?|à propos de l['’]auteur|sobre (?:el|la|o|a) autor[a]?|sull['’]autore|over de auteur)\s*[:.]?$/u;
