"""Lexicons and compiled patterns of the plain-text segmenter: function words, calls to action,
legal and credit phrases, date and byline shapes (compiled once; 100k+ blocks are matched).
"""

from __future__ import annotations
import itertools
import re
from .. import chromewords, keyscan, pubdate
from ..models import (
    AFTER_SENTENCE_MARK,
    LATIN_CJK_SENTENCE_MARKS,
    SCRIPT_SENTENCE_MARKS,
    SENTENCE_MARKS,
    UPPER,
    CASELESS,
    longest_first,
    text_memo,
    trie_alternation,
)


class TablePattern:
    """A concept's table (`chromewords`: one regex alternation a language) searched a language at
    a time, only in the languages whose required literals (`chromewords.stems` of each
    language's phrases) the text holds: `search(text)` gives the same match as
    `chromewords.compile_table(table).search(text)`, which tries every branch of every language
    at every word (~0.2 ms a block for the offers' 35 languages, the costliest patterns of a
    parse), where one pass of a prefix tree of the literals picks the one or two languages to
    try. Same match: each language's leftmost, the leftmost of them, at one position the
    language first in `chromewords.alternation`'s order. A language with a phrase without such
    a literal is always tried, and so is every language for a text whose lower-casing changes its
    length ("İ"), where a literal could be missed."""

    def __init__(self, table: dict[str, str]) -> None:
        self._patterns = chromewords.compile_each(table)
        # alternation's order: the languages written with spaces, then the others
        order = [lang for lang in table if lang not in chromewords.NO_SPACES]
        self._order = order + [lang for lang in table if lang in chromewords.NO_SPACES]
        always: set[str] = set()
        langs: dict[str, set[str]] = {}
        for lang in self._order:
            found = chromewords.stems({lang: table[lang]})
            if not found:
                always.add(lang)
            for stem in found:
                langs.setdefault(stem, set()).add(lang)
        self._always = frozenset(always)
        # the tree takes the longest literal at a position: the languages of its prefixes come along
        self._langs = {
            stem: frozenset().union(*(ls for other, ls in langs.items() if stem.startswith(other))) for stem in langs
        }
        self._keys = re.compile(f"(?=({trie_alternation(langs)}))")

    def search(self, text: str) -> re.Match[str] | None:
        """The leftmost match of the table's alternation in `text` (None if none)."""
        low = text.lower()
        if len(low) != len(text):
            langs: frozenset[str] | set[str] = frozenset(self._order)
        else:
            langs = set(self._always)
            for key in self._keys.finditer(low):
                langs |= self._langs[key.group(1)]
        best: re.Match[str] | None = None
        for lang in self._order:
            if lang in langs:
                m = self._patterns[lang].search(text)
                if m and (best is None or m.start() < best.start()):
                    best = m
        return best


# Function words of the languages seen in news dumps. Density of these separates prose from
# menus in any of these languages; pages in other languages fall back on length + punctuation.
_STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers him his how i if in into is it its itself just
    me more most my no nor not now of off on once only or other our out over own said same she
    should so some such than that the their them then there these they this those through to
    too under until up very was we were what when where which while who whom why will with
    would you your
    der die das und ist nicht ein eine mit den dem des von zu auf für sich auch es im sie
    le la les et est un une des du en pour que qui dans sur pas au par ce il elle
    el los las y es un una por con para del se que lo su al como más pero
    o os as um uma é não com para por que se na no da do dos das em ao mais
    il di che è e per una un non con sono del della nel alla anche
    het een en van de dat is op te zijn niet met voor
    yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada
    и в не на что с по это как из к а но за от то его для же
    """.split()
)

_WORD = chromewords.WORD  # a word: word characters and combining marks (Hindi "के", not "क")
# Sentence end: any script's mark (models.SENTENCE_MARKS), optionally followed by closing
# quotes/brackets. Inside a block: a mark before a capital letter, or one of the marks that are
# never inside a word (models.SCRIPT_SENTENCE_MARKS) before any word.
_SENT_END = re.compile(rf"[{SENTENCE_MARKS}]{AFTER_SENTENCE_MARK}$")
_SENT_INNER = re.compile(
    rf"[{LATIN_CJK_SENTENCE_MARKS}]{AFTER_SENTENCE_MARK}\s+[\"'“‘«(]*[A-Z\u00c0-\u024f\u0400-\u04ff]|[{SCRIPT_SENTENCE_MARKS}]\s*\w"
)
# (?<!\s): tried only where a run of white space starts, which finds the same sign-off; tried
# inside the run too, a line of 50,000 spaces took 33 s (time growing with the run's square)
_SIGN_OFF = re.compile(r"(?<!\s)\s+(?:REUTER|Reuter|REUTERS|AP|AFP)$")
_BULLET = re.compile(r"^[\s•·▪►◦\-*–—|>]+")

# Calls to action, sharing and site furniture. Matched on short blocks only (a long paragraph
# may legitimately say "subscribe" or "share").
_CTA = keyscan.compile_gated(
    r"(?<![\w-])(?:click here|tap here|read more|read next|read the full|continue reading|learn more|"
    r"find out more|see more|show more|load more|view more|more stories|more from|sign up|signup|"
    r"sign in|log ?in|subscribe|subscription|newsletter|download the app|get the app|"
    r"follow us|follow @|like us on|share (?:this|on|via)|^also (?:on|read|see|watch)\b|^also:|"
    r"advertisement|advertise|sponsored|promoted|recommended|^related\b(?!\s+\w+['’]s\b)(?:\s+(?:articles|stories|coverage|content|topics|posts))?|"
    r"most (?:read|popular|viewed|shared)|trending|top stories|you may also like|you might also like|"
    r"don'?t miss|watch:|listen:|skip to|jump to|back to top|return to top|"
    r"accessibility links|breaking news|\d+\s+comments?|comments?\s*\(\d+\)|^comments?$|post a comment|"
    r"add a? ?comment|show comments|leave a (?:comment|reply)|join the (?:conversation|discussion)|"
    r"all rights reserved|terms (?:of|and) (?:use|service|conditions|sale)|privacy (?:policy|notice|settings)|"
    r"cookie|contact us|about us|site map|sitemap|view comments|reprints?|permissions|"
    # the same furniture in the other languages of the corpus (WordPress and CMS defaults)
    r"leia mais|leia também|artigos relacionados|deixe (?:uma resposta|um comentário)|comentários|"
    r"leggi anche|articoli correlati|lascia un commento|commenti|baca juga|artikel terkait|komentar|"
    r"lire aussi|articles similaires|laisser un commentaire|weiterlesen|mehr zum thema|kommentare|"
    r"leer más|artículos relacionados|deja un comentario|dejá un comentario|comentarios|читайте также|комментарии|подписаться|"
    # sign-in and subscription links (trial 9: Polish "Zaloguj się  Zamów prenumeratę" was the title)
    r"zaloguj się|zarejestruj się|zamów prenumeratę|wykup prenumeratę|anmelden|abonnieren|jetzt abonnieren|"
    r"se connecter|s'abonner|s’abonner|iniciar sesión|suscríbete|suscribite|accedi|abbonati|inloggen|abonneren|"
    r"войти|iniciar sessão|assine já|"
    # ...and in Japanese, Chinese and Korean, each standing alone (glued to other letters, "注册资本"
    # is registered capital, not a link): trial 11's "ログイン 会員登録" was a Kyodo page's title
    r"ログイン|ログアウト|会員登録|新規登録|登录|注册|登入|註冊|로그인|회원가입|"
    # the placeholder German sites print where an embedded post or video was
    r"externer inhalt|empfohlener (?:redaktioneller )?inhalt)\b",
    re.I,
    name="patterns._CTA",
)
# Calls to action that mark a block as chrome even in a longer sentence ("Need more space?
# Subscribe to our sister title ...", "No spam, we promise."), which the block model may
# overrule: phrases article text also uses ("as a member of the royal family", "millions follow
# him on TikTok", "become a member of the EU"). "As a member" speaks to the reader ("As a member,
# you get ..."): "admit China as a member", "serve as a member of his board" were 9 Reuters
# paragraphs dropped as calls to action.
_STRONG_CTA = re.compile(
    r"\b(?:(?:subscribe|sign up|register)(?: now| today)?(?: to| for)? (?:our|your|the) (?:free )?(?:[\w-]+ ){0,3}"
    r"(?:newsletters?|magazine|title|channel|podcast|updates|alerts|e-?mails?)\b|"
    r"follow (?:him|her|them) on|as an? (?:subscriber|member)\b(?!\s+of\b)(?=[^.!?]*\byou(?:r)?\b)|gift subscriptions?|"
    r"(?:support|fund) (?:independent|quality) (?:journalism|reporting|investigations)|become an? member|unlimited access)",
    re.I,
)
# Promotions: calls to action only a site's own furniture uses, so a block of up to 45 words
# with one is chrome whatever the block model says (`_RULE_FINAL`, reason "promotion: ...").
# Counted on the tuning pages of both corpora (blocks of up to 45 words, labelled by
# eval/train_blocks.py's alignment): each phrase below is in no block labelled article text
# (chrome 44, unlabelled 71), where "as a member" and "subscribe to our YouTube channel" were
# in one article block each, and so stay in `_STRONG_CTA`.
_PROMOTION = keyscan.compile_gated(
    r"^[\W_]{0,3}subscribe to\b|\b(?:click(?:ing)? here|tap here|no spam|you can unsubscribe|subscribe (?:now|today)|(?:our|free) newsletters?|"
    r"join our (?:\w+ )?(?:forums?|community|mailing list)|"
    r"share (?:it|this(?: story| article)?) with (?:a|your) friends?|"
    r"follow us on|download (?:our|the) app|get (?:breaking|the latest) \w+ news|"
    r"(?:we|this site) (?:may )?earns? (?:an? )?(?:affiliate )?commission|"
    r"supported by (?:its|our) (?:audience|readers)|"
    # subscription promotions that read like prose ("As a subscriber, you have 10 gift articles")
    r"gift articles?|send any friend a story|(?:support|fund) our journalism|affiliate[- ]links?|"
    r"(?:erhält|erhalten) (?:\w+ )?(?:eine )?provision|become an? (?:subscriber|patron|supporter)|"
    r"unlimited digital access|already (?:a subscriber|have an account)|"
    r"jetzt (?:abonnieren|testen)|abonnieren sie|unterstützen sie (?:uns|unsere arbeit)|"
    r"abonnez-vous|suscríbete|suscribite|assine já)|"
    # a channel's own call to subscribe, in Ukrainian and Russian (trial 11: a Telegram export)
    r"^[\W_]{0,3}(?:підписуйтесь|підпишіться|подписывайтесь|подпишитесь) на\b|"
    # a block that opens by asking the reader to follow or subscribe to a name on a social network
    # ("Follow Newsbeat on Instagram, Facebook ...", "Subscribe to AppleInsider on YouTube")
    # (the reader's "us" / "me", or a name of capitalised words: "Follow these steps shared on
    # Twitter ..." is a standfirst)
    r"^[\W_]{0,3}(?:follow|subscribe to|folgen sie|folge|suivez|síguenos en|seguinos en|seguici su|siga-nos no) "
    r"(?:(?:us|me|uns|mir|nous|-nous) |(?-i:(?:[A-Z@][\w.&'’-]* ){1,4}))(?:on |auf |bei |sur |en |su |no )?"
    r"(?:youtube|instagram|facebook|twitter|tiktok|linkedin|pinterest|threads|telegram|whatsapp)\b",
    re.I,
    name="patterns._PROMOTION",
)
# A donation button ("Jetzt spenden!", "Donate now", "Faire un don"): 17 on the tuning dumps, none
# in article text. A block of a few words that starts with one; an article quoting an appeal's
# "Donate now" is prose around it.
_DONATE = re.compile(
    r"^[\s*•→»›>–-]{0,3}(?:jetzt spenden|spenden sie jetzt|donate(?: now| today)?|make a donation|faire un don|"
    r"haz una donación|hacé una donación|dona ahora|doná ahora)\b",
    re.I,
)
DONATE_MAX_WORDS = 8
# ...and an appeal for support as a button or a heading alone ("Support the show", "Поддержать",
# "Støt os", "Podpořte nás"), one row a language (`chromewords.SUPPORT_BUTTON`): the whole line,
# so a headline that opens with the word ("Spenden für die Flutopfer") is not one.
_SUPPORT_BUTTON = keyscan.compile_gated(
    rf"^[\W_]{{0,3}}(?:{chromewords.alternation(chromewords.SUPPORT_BUTTON)})[\s!.…→»›>↗*-]*$",
    re.I,
    name="patterns._SUPPORT_BUTTON",
)
# ...and an appeal's words in a blurb ("Поддержите нас ежемесячным пожертвованием", "The show is
# listener-funded. Join our Patreon", `chromewords.SUPPORT_APPEAL`): trial 17's Russian and
# English appeals were kept as body.
_SUPPORT_APPEAL = TablePattern(chromewords.SUPPORT_APPEAL)
SUPPORT_KEYS = chromewords.all_keys(chromewords.SUPPORT_KEYS)
PROMOTION_REASON = "promotion: call-to-action phrase"
# The placeholder of an embed hidden until the reader consents (`chromewords.EMBED_PLACEHOLDER`:
# "An dieser Stelle finden Sie einen externen Inhalt von Twitter ..."): a blurb-sized block
# with its wording is chrome whatever the block model says (`_RULE_FINAL`).
_EMBED_PLACEHOLDER = chromewords.compile_table(chromewords.EMBED_PLACEHOLDER)
EMBED_KEYS = chromewords.all_keys(chromewords.EMBED_PLACEHOLDER_KEYS)
EMBED_REASON = "placeholder of embedded content"
EMBED_PLACEHOLDER_MAX_WORDS = 60  # the longest standard wording (a consent manager's) is ~45 words
# A Q&A answer's writer box (`bios.mark_answerer_boxes`): rule-final (`captions._RULE_FINAL`)
ANSWER_BOX_REASON = "answerer's box (a Q&A answer's writer and stamp)"
# Blocks that begin the tail of a page: after these, long prose is chrome (bios, comments,
# newsletter blurbs), not article.
_TAIL_START = keyscan.compile_gated(
    r"^(?:about the (?:author|newsletter)|about this (?:author|newsletter)|\d+\s+comments?|"
    r"(?:(?:top|most|reader|readers'?|recent|latest|user|all|show|view|hide)\s+){0,2}(?:rated\s+)?"
    r"comments?(?:\s*\(\d+\))?:?$|"
    r"leave a (?:comment|reply)|join the (?:conversation|discussion)|"
    # the comment form's heading and the thread's header in other languages (WordPress's own
    # translations of "Leave a Reply" / "Leave a comment", and "Comments" with its count)
    r"schreibe einen kommentar|hinterlasse einen kommentar|kommentar (?:verfassen|schreiben)|"
    r"laisser un commentaire|laisser une réponse|deja un comentario|dejá un comentario|dejar un comentario|deja una respuesta|dejá una respuesta|"
    r"lascia un commento|lascia una risposta|deixe um comentário|deixe uma resposta|deixe seu comentário|"
    r"laat een reactie achter|geef een reactie|dodaj komentarz|zostaw komentarz|"
    r"добавить комментарий|оставить комментарий|оставьте комментарий|lämna en kommentar|"
    r"skriv en kommentar|legg igjen en kommentar|bir yanıt yazın|tinggalkan balasan|tinggalkan komentar|"
    r"přidat komentář|"
    r"(?:kommentare|commentaires|comentarios|commenti|comentários|reacties|komentarze|комментарии|"
    r"kommentarer|yorumlar|comentarii|kommentit|hozzászólások|σχόλια|diskuse|diskuze|diskusia|dyskusja|diskussion|"
    # an obituary's guest book of condolences: its readers' messages (trial 17)
    r"guest ?book|gästebuch|livre d'or|llibre de visites|condolences)(?:\s*\(\d+\))?:?$|"
    r"sign (?:the|our) guest ?book|signa (?:el|al) (?:nostre )?llibre de visites|"
    r"sobre o autor|über den autor|à propos de l'auteur|sobre el autor|informazioni sull'autore|tentang penulis|"
    # every language of LANGUAGES: a comment form's heading opening the line, a thread's header alone
    rf"(?:{chromewords.labels(chromewords.COMMENT_FORM_HEADING)})(?!\w)|"
    rf"(?:{chromewords.labels(chromewords.COMMENTS_HEADING)})(?:\s*[(\[（［]?\d+[)\]）］]?)?:?$)",
    re.I,
    name="patterns._TAIL_START",
)
# A CMS's labels of a link or a box pointing to other stories ("Read also", "You may like")
# and of an advert's slot ("Advertisement"), in the corpora's languages and the big European and
# Asian ones, one row a language: "Czytaj także: HEADLINE" and "Reklama" were a page's section
# headings and "İLGİNİZİ ÇEKEBİLİR" body (trial5), where "Baca juga" was caught.
_READ_ALSO_LABELS = {  # language: ("read also" labels, "you may like" / "related" labels)
    "pl": ("czytaj (?:też|także|również)|zobacz (?:też|także|również)", "(?:może|mogą) cię (?:też )?zainteresować"),
    "tr": ("ayrıca (?:bakınız|okuyun)|bunu da okuyun", "(?:bunlar da )?ilginizi çekebilir|ilgili haberler"),
    "id": ("baca juga|baca pula|simak juga|lihat juga", "berita terkait|artikel terkait"),
    "es": ("lee también|lea también|leé también|ver también|mirá también", "(?:también )?(?:te|le) puede interesar"),
    "pt": ("leia também|veja também", "(?:você )?(?:também )?pode (?:se )?interessar"),
    "it": ("leggi anche", "(?:ti )?potrebbe (?:anche )?interessarti"),
    "fr": ("(?:à )?lire aussi|(?:à )?voir aussi", "vous aimerez aussi|(?:cela|ça) pourrait vous intéresser"),
    "de": ("lesen sie auch", "das könnte sie auch interessieren"),
    "nl": ("lees ook|bekijk ook", "dit vind je misschien ook leuk"),
    "cs": ("čtěte také|čtěte též|přečtěte si také", "mohlo by vás zajímat|související články"),
    "sk": ("čítajte aj|prečítajte si aj", "mohlo by vás zaujímať"),
    "ro": ("citește și|citeste si", "te-ar putea interesa"),
    "hu": (
        "olvassa el ezt is",
        "(?:ezt is|még) ajánljuk|ajánljuk még|kapcsolódó (?:cikkek|cikk|hírek|tartalmak)|ez(?:ek)? is érdekelhet(?:nek)?",
    ),
    "sv": ("läs också|läs även", "du kanske också gillar"),
    "da": ("læs også", "du vil måske også kunne lide"),
    "no": ("les også", "du vil kanskje også like"),
    "fi": ("lue myös", "saatat olla kiinnostunut"),
    "el": ("διαβάστε (?:επίσης|ακόμη)", "σχετικά άρθρα"),
    "ru": ("читайте (?:также|еще|ещё)", "вам может быть интересно"),
    "uk": ("читайте також", "вас може зацікавити"),
    "ar": ("اقرأ أيضا|اقرأ أيضاً", "قد يهمك"),
    "hi": ("(?:ये|यह|इसे) भी पढ़ें|और पढ़ें", "(?:ये|यह|इसे) भी देखें|संबंधित (?:खबरें|ख़बरें|समाचार)"),
    "vi": ("xem thêm|đọc thêm", "tin liên quan|có thể bạn quan tâm"),
    "th": ("อ่านเพิ่มเติม", "ข่าวที่เกี่ยวข้อง"),
    "ja": ("あわせて読みたい|併せて読みたい", "こちらもおすすめ|おすすめ記事"),
    "zh": ("延伸阅读|延伸閱讀|推荐阅读|推薦閱讀", "猜你喜欢|你可能感兴趣"),
    "ko": ("함께 읽으면 좋은 기사", "함께 (?:보면 좋은|볼만한) (?:뉴스|기사)"),
    # the other EU languages (`chromewords.LANGUAGES`)
    "bg": ("прочетете още|вижте още", "още по темата|свързани (?:статии|новини)"),
    "hr": ("pročitajte (?:još|i)|pročitaj (?:još|i)", "povezani članci|povezane vijesti"),
    "sl": ("preberite (?:še|tudi)|preberi še", "povezani članki|sorodni članki"),
    "et": ("loe ka|vaata ka", "seotud artiklid|seotud uudised"),
    "lv": ("lasi arī|lasiet arī", "saistītie raksti|saistītās ziņas"),
    "lt": ("taip pat skaitykite|skaitykite taip pat", "susiję straipsniai|susijusios naujienos"),
    "mt": ("aqra wkoll", "artikli relatati"),
    "ga": ("léigh freisin", "ailt ghaolmhara"),
    "ca": (
        "llegiu també|llegeix també|vegeu també|mireu també",
        "(?:també )?(?:t['’]interessa|et pot interessar)|notícies relacionades|articles relacionats",
    ),
    # news languages outside `chromewords.LANGUAGES` met on the trials' pages (Persian, Hebrew),
    # their CMSs' own labels
    "fa": ("بیشتر بخوانید|همچنین بخوانید|این را هم بخوانید", "مطالب مرتبط|اخبار مرتبط|پیشنهاد (?:ما|سردبیر)"),
    "he": ("קראו (?:עוד|גם)|קרא (?:עוד|גם)", "כתבות (?:נוספות|קשורות)|עוד בנושא"),
}
# The label of a link to a related article set before its headline on one line, a colon or not
# ("Kapcsolódó HEADLINE", "Relaterat HEADLINE", "Læs også HEADLINE"; `chromewords.RELATED_LABEL`),
# then a capital (or any letter of a script without capitals): trial 17's Hungarian "Kapcsolódó
# ..." line was a heading.
# The other news languages' labels of `_READ_ALSO_LABELS` (Persian, Hebrew, Hindi, Thai) count
# too: each of them a label, no sentence's opening words.
_OTHER_RELATED = "|".join(
    f"{read}|{like}" for lang, (read, like) in _READ_ALSO_LABELS.items() if lang not in chromewords.LANGUAGES
)
_RELATED_LINK = keyscan.compile_gated(
    rf"^[\W_]{{0,3}}(?:{chromewords.alternation(chromewords.RELATED_LABEL)}|\b(?:{_OTHER_RELATED}))\s*[:：|»›>–—-]?\s+[\"'“„«]?(?-i:[{UPPER}{CASELESS}])",
    re.I,
    name="patterns._RELATED_LINK",
)
RELATED_LINK_MAX_WORDS = 25  # the label and one headline
# "Read also" labels head a link or a list set without blank lines (`_READ_ALSO_HEADER`); the
# "you may like" ones only a list's own line (`_TEASER_START`) or a link after a colon (`_READ_ALSO`)
READ_ALSO_ONLY = "|".join(read for read, _ in _READ_ALSO_LABELS.values())
READ_ALSO_LABELS = "|".join(f"{read}|{like}" for read, like in _READ_ALSO_LABELS.values())
# An advert's slot label alone on its line (the rule's reason ADVERT_REASON: never the article's).
# Every language of `chromewords.LANGUAGES` (`chromewords.ADVERT_LABEL`) and the other news
# languages met (Thai, Hindi, Persian, Hebrew): trial 21's Hindi
# "विज्ञापन" over a live blog's "read also" link was kept with it.
_ADVERT_LABELS = chromewords.labels(chromewords.ADVERT_LABEL) + "|โฆษณา|विज्ञापन|تبلیغات|آگهی|פרסומת"
_ADVERT_LABEL = re.compile(rf"^\W*(?:{_ADVERT_LABELS})\W*$", re.I)
ADVERT_REASON = "advert label"  # and the label ("advert label ('reklama')")

# Headers of teaser lists (other articles' headlines and snippets), which sit at the end of a
# page or inside the article: the list ends where the article's prose resumes.
_TEASER_START = keyscan.compile_gated(
    r"^(?:more (?:stories |articles |news |posts )?(?:from|on|about|in)\b|more (?:stories|articles|news)$|"
    r"related(?: (?:articles|stories|coverage|posts|content|links|reading|news|topics))?:?$|"
    r"read (?:also|more|next)\b|see also\b|also (?:read|on|see)\b|recommended(?: (?:for you|stories|articles|reading))?:?$|"
    r"you (?:may|might) also (?:like|enjoy|be interested)|most (?:read|popular|viewed|shared)\b|trending\b|"
    r"top stories|latest (?:news|stories|articles|posts)|recent posts|popular posts|editor'?s picks|"
    r"weitere (?:artikel|beiträge|nachrichten)|(?:das|dies(?:es)?)(?: thema)? könnte (?:sie|dich|euch) (?:auch )?(?:noch )?interessieren|"
    r"schon gelesen\b|top-themen\b|lesen sie auch|mehr zum thema|weiterlesen:$|(?:passend dazu|dazu passend):?$|"
    r"auch interessant|ähnliche (?:artikel|beiträge)|verwandte (?:artikel|beiträge)|(?:à )?lire aussi|"
    r"sur le même sujet|leia também|leggi anche|baca juga|читайте также|читайте також|te puede interesar|lee también|leé también|mirá también|"
    r"lees ook|czytaj (?:też|także|również)|(?:ये|यह|इसे) भी पढ़ें|関連記事|関連ニュース|関連リンク|관련 ?기사|관련 ?뉴스|"
    # related news in the other scripts and languages (trial 13: "関連ニュース" and its headlines were body)
    r"关联新闻|關聯新聞|关联阅读|相关报道|相關報導|notícias relacionadas|notizie correlate|articles liés|"
    r"actualités liées|gerelateerd nieuws|связанные новости|похожие новости|ilgili haberler|benzer haberler|"
    r"noticias relacionadas|artículos relacionados|artigos relacionados|articoli correlati|по теме:?$|"
    # (Arabic "related X": news, articles, topics, publications, reports, stories, videos; trial 31's
    # NGO page: "منشورات ذات صلة" over its publications)
    r"اقرأ أيضا|اقرأ أيضاً|(?:مواضيع|موضوعات|أخبار|مقالات|منشورات|تقارير|قصص|مواد|فيديوهات|روابط) ذات صلة|相关阅读|相關閱讀|相关新闻|相關新聞|延伸阅读|延伸閱讀|推荐阅读|"
    rf"{READ_ALSO_LABELS}|"
    # "related" alone on its line, a noun in the other languages (trial 47's Swedish "Relaterat"
    # over two teasers was body); the imperatives of `chromewords.RELATED_LABEL` ("Läs mer")
    # also end an article's own paragraphs, so not alone
    r"(?:relaterat|relateret|relatert|relaterade (?:artiklar|nyheter)|relaterede (?:artikler|nyheder)|"
    r"relaterte (?:saker|artikler)|gerelateerd|powiązane|související|súvisiace|kapcsolódó(?: cikkek| hírek)?|"
    r"correlati|povezano|seotud|susiję|saistītie raksti|σχετικά άρθρα|aiheeseen liittyvät):?$|"
    # "read on" alone on its line, as English "Read more" above (trial 47's Hungarian "Olvass tovább"
    # over the blog's other posts). Not Spanish "Relacionados:" nor "Seguir leyendo:": two tuning
    # pages' teaser rails under them were dropped already, and a header there moved the block
    # model's article onto the rails' neighbours (its input changed, not its scores)
    r"(?:olvass tovább|lees verder|läs vidare|læs videre|les videre|czytaj dalej|lire la suite|leggi tutto|"
    r"continue lendo|читать далее|читати далі|devamını oku|čtěte dál|čítajte ďalej)"
    r"\W{0,3}$|"
    # the author's other stories, the name after the words ("Mehr von Eva Reisinger": `chromewords.MORE_BY`)
    rf"(?:{chromewords.labels({k: v for k, v in chromewords.MORE_BY.items() if k not in ('zh', 'ja', 'ko')})})"
    rf"\s+(?-i:[{UPPER}])[\w'’.-]*(?:\s+[\w'’.-]+){{0,3}}\s*$|"
    rf"(?:{chromewords.labels({k: chromewords.MORE_BY[k] for k in ('zh', 'ja', 'ko')})})\s*$)",
    re.I,
    name="patterns._TEASER_START",
)
# ...and the headers of lists of the site's other stories: "more (of the site's) stories" with a word
# or two between, "most read" and "more news" in the other languages (issue 13, grouped CV's kept
# chrome: the lists under "More Great WIRED Stories", "Más noticias de Colombia", "Am beliebtesten",
# "Entermedia 주요뉴스" were body). Such a list keeps its weight against the article run
# (`_mark_teaser_lists`): what follows it is as often the next story's text as the article's.
_MORE_NEWS_START = keyscan.compile_gated(
    r"^(?:(?:more|latest) (?:[\w'’.-]+ ){1,3}(?:stories|articles|news|posts|headlines|reads)$|"
    r"(?:más|otras) (?:noticias|notas|artículos)\b|lo más (?:leído|leido|visto)|las (?:más|mas) (?:leídas|leidas)|"
    r"am (?:beliebtesten|meisten gelesen)$|meist ?gelesen(?:e)?\b|mehr (?:nachrichten|artikel|beiträge|news)\b|"
    r"(?:les )?(?:articles )?les plus lus|plus d'(?:articles|actualités|infos)\b|dans la même rubrique|"
    r"altre notizie|(?:i )?più letti|mais (?:notícias|lidas|lidos)\b|(?:as |os )?mais lid[ao]s|"
    r"meer nieuws|meest gelezen|najczęściej czytane|więcej wiadomości|самое читаемое|другие новости|новости по теме|"
    r"(?:\S+ )?주요 ?뉴스$|많이 본 뉴스|人気記事|おすすめ記事|热门文章|热门新闻|"
    # Tistory's "'CATEGORY' 카테고리의 다른 글" (the category's other posts, trial 29's blog)
    r".{0,40}카테고리의 다른 글$|"
    # "most read" and "more news" in the other languages of `chromewords.LANGUAGES`
    r"mest (?:lästa|läste|lest|delade|delte)$|fler nyheter$|flere nyheder$|flere nyheter$|luetuimmat$|lisää uutisia$|"
    r"nejčtenější$|další zprávy$|najčítanejšie$|ďalšie správy$|legolvasottabb(?: cikkek| hírek)?$|további híreink$|"
    r"cele mai citite$|mai multe știri$|en çok okunan(?:lar)?$|diğer haberler$|najbolj brano$|najčitanije$|"
    r"най-четени$|още новини$|τα πιο δημοφιλή$|περισσότερες ειδήσεις$|loetuimad$|lasītākie$|skaitomiausi$|"
    r"найбільш читане$|інші новини$|الأكثر قراءة$|더 많은 뉴스$|(?:el )?més llegit$|les més llegides$|més notícies$|"
    r"altres notícies$|terpopuler$|paling banyak dibaca$|berita lainnya$|berita terkini$|(?:đọc|xem) nhiều nhất$|"
    r"tin (?:khác|mới nhất|cùng chuyên mục)$|(?:phóng sự ảnh|video|bài viết|ảnh) khác$|"
    # a site's latest and similar stories (trial 18: rails of teasers under "Latest from SITE",
    # "Similar Posts", "Mehr aus CITY" were kept), in the languages next to English
    r"latest from\b|similar (?:posts|articles|stories)$|mehr aus\b|(?:articles|publications) similaires$|"
    r"(?:artículos|entradas) similares$|articoli simili$|(?:artigos|posts) semelhantes$|vergelijkbare artikelen$|"
    # "more news" with no word between, and "other news" in the languages next to English (trial
    # 28: a municipality's "Weitere Meldungen" over its other notices was kept; not "Weitere
    # Themen": over a news site's rail of long blurbs the list's end let the blurbs under it count
    # as the article's, a tuning page's -0.14)
    r"(?:more|other|further|latest) news$|weitere (?:meldungen|nachrichten|news|artikel|beiträge)$|"
    r"aktuelle meldungen$|autres (?:actualités|articles|nouvelles)$|overig nieuws$|ander nieuws$|"
    r"pozostałe wiadomości$|ostatní zprávy$|övriga nyheter$|andre nyheder$|andre nyheter$|muut uutiset$|"
    # a forum's list of other threads under a topic (Discourse's "Related topics" / "Suggested
    # topics" in its translations; trial 28's Norwegian "Relaterte emner" was kept)
    r"(?:related|suggested|similar) topics$|(?:relaterte|foreslåtte) emner$|(?:relaterede|foreslåede) emner$|"
    r"(?:relaterade|föreslagna) ämnen$|sujets (?:similaires|suggérés|connexes)$|temas (?:relacionados|sugeridos)$|"
    r"argomenti (?:correlati|suggeriti)$|(?:gerelateerde|voorgestelde) onderwerpen$|(?:powiązane|sugerowane) tematy$|"
    r"související témata$|kapcsolódó témák$|похожие темы$|схожі теми$|"
    # a public body's, an employer's or an organiser's other listings ("Related services", "Other
    # open positions", `chromewords.OTHER_LISTINGS`): trial 23's other vacancies and services
    # with their blurbs were kept under a service page and a job advert
    rf"(?:{chromewords.labels(chromewords.OTHER_LISTINGS)})\W*$)",
    re.I,
    name="patterns._MORE_NEWS_START",
)
# What a paywall says where the article stops ("Pour lire la suite ... créez votre compte", "Læs
# videre med JV+"), in a block of up to PAYWALL_PROMPT_MAX_WORDS: the box's prompt, not the
# article's text; the phrases of every language of `chromewords.PAYWALL` (trial 17: a Danish
# box was kept as body) and a few of the box's own.
_PAYWALL_PROMPT = keyscan.compile_gated(
    r"\b(?:pour (?:lire la suite|accéder en illimité)|créez votre compte|to (?:continue|keep) reading|"
    r"to read (?:the (?:full|rest of the) |this )(?:article|story)|"
    r"um (?:den|diesen) (?:ganzen |vollständigen |kompletten )?(?:artikel|beitrag) (?:weiter )?zu lesen|"
    r"para (?:seguir|continuar) (?:leyendo|lendo)|per continuare a leggere)\b|"
    + chromewords.alternation(chromewords.PAYWALL),
    re.I,
    name="patterns._PAYWALL_PROMPT",
)
# (its key words, tested first: the table's and the box's own)
PAYWALL_PROMPT_KEYS = chromewords.all_keys(chromewords.PAYWALL_KEYS) + (
    "lire la suite", "accéder en illimité", "créez votre compte", "to read this", "leggere",
)  # fmt: skip
PAYWALL_PROMPT_MAX_WORDS = 40
PAYWALL_REASON = "paywall prompt"
# Legal lines. Strong phrases mark a block of up to 80 words; the weak ones ("copyright",
# "privacy policy") only a short fragment, since news prose can be about copyright.
_LEGAL = re.compile(
    r"(?:^disclaimer\b|©|\(c\)\s*\d{4}|undesirable organi[sz]ation|"
    r"may not be (?:published|reproduced|broadcast|rewritten|redistributed)|"
    r"could face (?:fines|imprisonment)|by (?:using|continuing to use) (?:this|our) (?:site|website)|"
    r"we use cookies|this (?:site|website) uses cookies|"
    # the rights line in every language of `chromewords.RIGHTS_RESERVED` ("Minden jog fenntartva")
    rf"(?:{chromewords.alternation(chromewords.RIGHTS_RESERVED)})|"
    # a comment form's spam notice (WordPress's Akismet, in every language the plugin is in);
    # a site's licence line ("licensed under a Creative Commons licence", "unter einer Creative
    # Commons-Lizenz", "bajo una licencia Creative Commons", "sous licence Creative Commons")
    r"\bakismet\b|licen[cs]ed under (?:a |the )?(?:\w+ )?creative commons|"
    r"creative commons[- ](?:licen[cs]e|lizenz|licencia|licenza|licença|attribution|namensnennung|atribución|"
    r"attribuzione|atribuição|paternité)|(?:licencia|licence|licenza|licença|lizenz) creative commons|"
    # a German-language imprint's media owner by its label (Austria's MedienG § 25: "Impressum
    # Pfarrblatt: Medieninhaber und Herausgeber: Pfarre St. Klara, ...", trial 43). Not the word
    # "Impressum" alone: an imprint page's own heading (a wild tuning page's article is its imprint)
    r"\bmedieninhaber(?: und herausgeber)?\s*:)",
    re.I,
)
# A disclaimer under its label ("Disclaimer: The views ... are their own", "Disclaimer (varies
# based on content ...): News articles on this site may contain opinions ...", "Haftungsausschluss:",
# "Aviso legal:") or the US supplement notice ("These statements have not been evaluated by the
# Food and Drug Administration", the German notice on a car's official fuel figures): the site's
# notice about its pages, rule-final (issue 13, grouped
# CV's kept chrome: the block model kept three such notices of 44-102 words as prose, where
# `_LEGAL` reads "disclaimer" only in a block of up to 80 words and lets the model overrule it).
# The label opens the block with its colon: "Disclaimers aside, ..." is prose.
_DISCLAIMER = re.compile(
    r"^[\W_]{0,3}(?:(?:disclaimer|haftungsausschluss|avertissement|clause de non-responsabilité|aviso legal|"
    r"descargo de responsabilidad|exención de responsabilidad|esclusione di responsabilità|"
    r"isenção de responsabilidade|vrijwaring|отказ от ответственности|zastrzeżenie prawne|"
    r"(?:免责|免責|版权|版權)?(?:声明|聲明)|免責事項)"
    r"\s*(?:\([^)\n]{0,80}\)\s*)?[:：]\s*\S|"
    r"these statements have not been evaluated by the food and drug administration|"
    # German law's notice on a new car's fuel figures (Pkw-EnVKV), under every car's data on a
    # dealer's or a magazine's page (trial 41's used-car listing kept it as text)
    r"weitere informationen zum offiziellen kraftstoffverbrauch|"
    r"die angegebenen (?:verbrauchs- und emissionswerte|werte) wurden nach dem vorgeschriebenen messverfahren)",
    re.I,
)
# ...and a Chinese portal's notice on the agency copy it reprints, labelled or not ("本文为转载内容，
# 转载目的在于传递更多信息，并不代表本网赞同其观点", trial 29's wire story): the portal's, not the story's
_REPRINT_NOTICE = re.compile(
    r"转载目的|轉載目的|(?:本文|本站|本网|本網)(?:为|為|系)?(?:转载|轉載)|"
    r"不代表本(?:网|網|站)(?:赞同|贊同|的?观点|的?觀點|的?立场|的?立場)"
)
REPRINT_NOTICE_KEYS = ("转载", "轉載", "不代表本")
# ...or unlabelled, a note on the page's own text that denies it is advice ("The information in
# this article is provided for general information only and does not constitute legal advice",
# "Die Informationen auf dieser Seite ... ersetzen nicht die Beratung durch Ärztin, Arzt oder
# Apotheke"): a law firm's, a pharmacy's, an adviser's note under the article (trials 39, 40).
# Both a reference to the page itself (`_SELF_REFERENCE`) and the denial (`_ADVICE_DENIAL`).
_SELF_REFERENCE = re.compile(
    r"\b(?:this|these) (?:article|page|post|blog|site|website|content|information|guide|newsletter|podcast|"
    r"video|publication|alert|material|update|briefing)s?\b|"
    # (with a noun's case ending: "Die Inhalte dieses Ratgebers ...", trial 43's health portal)
    r"\b(?:dies(?:e[rsmn]?)?|auf dieser|in diesem|in dieser) (?:Seite|Artikel|Beitrag|Beiträge|Text|Website|Webseite|"
    r"Informationen|Ratgeber|Blog|Portal|Newsletter|Podcast|Video|Inhalt|Internetseite)(?:e|es|s|n|en)?\b|"
    r"\b(?:cet article|cette page|ce site|ces informations)\b|"
    r"\b(?:este artículo|esta página|este sitio|esta información)\b",
    re.I,
)
_ADVICE_DENIAL = re.compile(
    r"\b(?:does|do|is|are|should) not (?:constitute|provide|replace|amount to|substitute for|be (?:construed|taken) as|"
    r"(?:intended (?:as|to be) )?a substitute for)"
    r"[\w ,]{0,40}?\badvice\b|\bfor (?:general )?information(?:al)? purposes only\b|"
    r"\bdoes not create an? (?:lawyer|attorney|solicitor)[- ]client relationship\b|"
    r"\bersetz(?:t|en) (?:nicht|keine?)\b[\w ,]{0,40}?(?:Beratung|Arzt|Ärzt|Apothek|Konsultation|Behandlung)|"
    r"\bstell(?:t|en) keine [\w-]{0,30}(?:beratung|Beratung) dar\b|"
    r"\bne (?:constitu\w+|remplac\w+) pas\b[\w ,']{0,40}?\b(?:conseil|avis|consultation)\b|"
    r"\bno (?:constituye|sustituye|reemplaza)\b[\w ,]{0,40}?\b(?:asesoramiento|consejo|consulta)\b",
    re.I,
)
ADVICE_NOTE_MAX_WORDS = 80  # a note of a sentence or three
# the cheap test first: a word every `_ADVICE_DENIAL` branch holds (lower case; "consulta" is
# in "consultation" too)
ADVICE_DENIAL_KEYS = (
    "advice",
    "purposes only",
    "client relationship",
    "ersetz",
    "beratung",
    "conseil",
    "avis",
    "asesoramiento",
    "consejo",
    "consulta",
)


def advice_disclaimer(text: str, words: int) -> bool:
    """Whether `text` (a block of `words` words, ADVICE_NOTE_MAX_WORDS at most) is a site's note
    that its page's text is no advice: it names the page (`_SELF_REFERENCE`) and denies it is
    advice (`_ADVICE_DENIAL`). An article on advice ("Experts say the leaflet does not constitute
    medical advice") names no page of its own."""
    return words <= ADVICE_NOTE_MAX_WORDS and bool(_ADVICE_DENIAL.search(text)) and bool(_SELF_REFERENCE.search(text))


DISCLAIMER_MAX_WORDS = 150  # a notice of a paragraph (the longest on the tuning dumps: 102 words)
DISCLAIMER_REASON = "disclaimer (the site's notice about its pages)"
ABOUT_BOX_REASON = "about box"  # a box about a person or company a label names (`_mark_about_box`)
# A cookie notice's opening: "we use (technologies such as) cookies", "this website uses
# cookies" and the IAB consent framework's "we and our N partners", one row a language
# (`chromewords.COOKIE_NOTICE`: the EU's languages and the other big ones; trial 17's Swedish
# "Vi använder kakor", Hungarian "Az oldal sütiket használ", Romanian "Acest site folosește
# cookie-uri" and Danish "Vi og vores 412 partnere" notices were kept as body).
_COOKIE = chromewords.compile_table(chromewords.COOKIE_NOTICE)
# A consent dialog that never names a cookie (the IAB framework's "We and up to 140 partners
# store and/or access information on a device", "processing of your data by us and our
# partners": `chromewords.CONSENT_NOTICE`), and a notice naming the site by its domain
# ("example.org uses cookies and similar technologies"): trial 18's job advert was emptied by
# such a notice, the page's only prose once its lists were menus.
_CONSENT_NOTICE = chromewords.compile_table(chromewords.CONSENT_NOTICE)
CONSENT_NOTICE_KEYS = chromewords.all_keys(chromewords.CONSENT_KEYS)
# ...and a consent tool's notice naming cookies a few words after its word for technologies, in
# each language (`chromewords.COOKIE_TECH`: trial 23's French "nous utilisons des technologies
# telles que les cookies" had more words between than the French phrase allows), with the
# legal "and/or" such tools write ("stocker et/ou accéder", "store and/or access", "speichern
# und/oder"), which a report on tracking technology does not
_COOKIE_TECH = re.compile(
    rf"(?:{'|'.join(sorted(set(chromewords.COOKIE_TECH.values())))})\w*[\s,]+(?:[\w-]+[\s,]+){{0,4}}?"
    rf"(?:{'|'.join(map(re.escape, chromewords.COOKIE_KEYS))})",
    re.I,
)
_AND_OR = re.compile(r"(?<![\w/])[^\W\d_]{1,5}/[^\W\d_]{1,5}(?![\w/])")
_COOKIE_SITE = re.compile(
    rf"(?<![\w.@/-])[\w-]+(?:\.[\w-]+)*\.[a-z]{{2,12}} (?:[\w-]+ ){{0,3}}(?:{'|'.join(map(re.escape, chromewords.COOKIE_KEYS))})",
    re.I,
)
# An advertiser's offer in the words only its copy uses (`chromewords.OFFER`: "Compare ... and
# save up to 40%", "Download our free checklist", "Jetzt Tarife vergleichen"), in a block of up
# to OFFER_MAX_WORDS: an ad set among the article's paragraphs. Rule-final, as a promotion.
# ...and a company blog's closing call to book a demo or act today (`chromewords.DEMO_CALL`).
_OFFER = TablePattern({lang: f"{alt}|{chromewords.DEMO_CALL[lang]}" for lang, alt in chromewords.OFFER.items()})
OFFER_KEYS = chromewords.all_keys(chromewords.OFFER_KEYS) + chromewords.all_keys(chromewords.DEMO_CALL_KEYS)
OFFER_MAX_WORDS = 40
# A site's pitch to the reader written as a sentence (`chromewords.PITCH`: "Join 48,000 readers
# ...", "We review your claim within 24 hours", "Wir vergleichen täglich 2 Mio. Preise", "funded by
# its readers"), in a block of up to PITCH_MAX_WORDS: one pattern a language, searched only for
# the languages whose key words (`_PITCH_KEY`, one prefix-tree alternation over all of them) the
# block holds. Rule-final, as a promotion (trials 18 and 20: kept as prose on unseen sites).
# ...and a news site's call for tips (`chromewords.TIP_APPEAL`: "Har du tips? Ring vår tipstelefon").
_PITCH = chromewords.compile_each(
    {lang: f"{alt}|{chromewords.TIP_APPEAL[lang]}" for lang, alt in chromewords.PITCH.items()}
)
_PITCH_KEYS = {lang: keys + chromewords.TIP_APPEAL_KEYS[lang] for lang, keys in chromewords.PITCH_KEYS.items()}
PITCH_KEY_LANGUAGES = chromewords.key_languages(_PITCH_KEYS)
_PITCH_UNSPACED_KEY = re.compile(trie_alternation(key for lang in chromewords.NO_SPACES for key in _PITCH_KEYS[lang]))
PITCH_MAX_WORDS = 45
# A site's call to follow it on its app or a messenger (`chromewords.CHANNEL`: "Download our app",
# "Folgen Sie uns auf WhatsApp", "Envíanos tus fotos por WhatsApp"), opening a sentence or a line,
# in a block of up to CHANNEL_MAX_WORDS holding a `chromewords.CHANNEL_KEYS` word. Rule-final, as
# a promotion (trials 20 and 21).
_CHANNEL = re.compile(r"(?:^|(?<=[.!?:–—-] ))(?:" + chromewords.alternation(chromewords.CHANNEL) + ")", re.I | re.M)
CHANNEL_KEYS = frozenset(chromewords.CHANNEL_KEYS)
_CHANNEL_UNSPACED_KEY = re.compile("|".join(chromewords.CHANNEL_UNSPACED_KEYS))
CHANNEL_MAX_WORDS = 40
# A blog's call to the reader to tag, pin, save or share on a social network, written as a
# sentence inside or under the post (`chromewords.SOCIAL_CALL`: "If you make this recipe, tag me
# on Instagram @name", "Pin it for later!", "Guárdala en Pinterest"), in a block of up to
# SOCIAL_CALL_MAX_WORDS holding a `chromewords.SOCIAL_KEYS` substring (a network's name, "#",
# "@", "pin"). Rule-final, as a promotion (issue 13: kept as article text on unseen sites).
_SOCIAL_CALL = TablePattern(chromewords.SOCIAL_CALL)
_SOCIAL_KEYS = tuple(chromewords.SOCIAL_KEYS)  # (a key set of `_has_any`)
SOCIAL_CALL_MAX_WORDS = 45
# A reader-funding pitch written as a sentence (`chromewords.FUNDING_CALL`: "If you like what we
# do, help us continue with a subscription", "If you enjoy my posts, you can buy me a coffee"),
# or as a question then the call ("Enjoyed this article? Buy me a coffee"): one pattern a
# language, searched for the languages whose condition or question word (`FUNDING_KEYS`) a
# block holds, within `_support_appeal`'s length. Rule-final, as an appeal.
_FUNDING_CALL = chromewords.compile_each(chromewords.FUNDING_CALL)
FUNDING_KEY_LANGUAGES = chromewords.key_languages(chromewords.FUNDING_KEYS)
_FUNDING_UNSPACED_KEY = re.compile(
    trie_alternation(key for lang in chromewords.NO_SPACES for key in chromewords.FUNDING_KEYS[lang])
)
# A shop's service box in its own words (`chromewords.SHOP_SERVICE`: "Kostenloser Versand ab 50
# €", "Order by 2 pm ...", "30 Tage Rückgaberecht", "Satisfait ou remboursé", "Customers also
# bought"), each phrase where a sentence, a line or a badge's item opens (after a check mark or a
# bullet): reported speech about a shop opens otherwise. One pattern a language, searched for the
# languages whose key words (`SHOP_SERVICE_KEYS`, substrings) a block holds; the scripts without
# spaces unanchored. Rule-final, as a promotion (a product page's delivery, returns and payment
# boxes, trust badges and cross-selling labels were kept as text).
_SHOP_OPENS = r"(?:^|(?<=[.!?:;–—•|·✓✔→-] )|(?<=[✓✔•·]))"
_SHOP_SERVICE = {
    lang: re.compile(alt if lang in chromewords.NO_SPACES else rf"{_SHOP_OPENS}(?:{alt})", re.I | re.M)
    for lang, alt in chromewords.SHOP_SERVICE.items()
}
SHOP_SERVICE_KEYS = tuple(chromewords.SHOP_SERVICE_KEYS.items())
# every language's keys as one set (`_has_any`): most blocks hold none
SHOP_SERVICE_ANY_KEYS = tuple(k for _, keys in SHOP_SERVICE_KEYS for k in keys)
SHOP_SERVICE_MAX_WORDS = 45
SHOP_SERVICE_SENTENCES_BEFORE = 2  # mid-line, a box's phrase follows at most its first sentence
# A shop's note by its price, a one-line block opening with it after the price, if any
# (`chromewords.PRICE_NOTE`: "89,95 € inkl. MwSt. zzgl. Versandkosten", "Prix TTC", "税込").
_PRICE_NOTE = keyscan.compile_gated(
    rf"^\W*(?:{chromewords._PRICE}\s*\*?\s*)?(?:{chromewords.alternation(chromewords.PRICE_NOTE)})",
    re.I,
    name="patterns._PRICE_NOTE",
)
PRICE_NOTE_MAX_WORDS = 12
# A product box's buying line in a plain-text dump: a price, a shop's buying phrase
# (`chromewords.SHOP_BUY_PHRASE`) and the shop after it ("349,00 EUR Preis prüfen bei Amazon*"), or
# buying links with their prices in a row ("Buy at ShopKart for Rs 18,999 Buy at BazaarBay for Rs
# 19,249"); an affiliate link's asterisk may end it (trials 41 and 42 kept both as text).
_SHOP_PRICE = rf"(?:(?:rs\.?|₹|inr)\s?\d[\d.,]*|{chromewords._PRICE})"
_SHOP_LINE = re.compile(
    rf"^(?:{_SHOP_PRICE}\s+)?(?:{chromewords.SHOP_BUY_PHRASE})(?: (?:bei|at|on|auf|chez|sur|en|su|bij) \S+)?\s*\*?$|"
    rf"^(?:(?:buy|shop|order)(?: it| now)? (?:at|on|from) \S+(?: \S+)? for {_SHOP_PRICE}\s*)+\*?$",
    re.I,
)
SHOP_LINE_MAX_CHARS = 200
SHOP_BOX_MAX_WORDS = 30  # a product's name, its price and the button; a row of three shops
SHOP_BOX_MAX_LINES = 3
# A buyer's question's or its answer's attribution with its day (`chromewords.QA_ATTRIBUTION`:
# "Asked by Anna on 12/03/2024", "Antwort von Bergladen-Team am 12.03.2024"), where a line or a
# sentence opens, its name and day in up to 8 words; the day in figures or as day, month and year.
_QA_DAY = (
    r"(?:\d{1,2}[./-]\d{1,2}[./-](?:\d\d)?\d\d|\d{4}-\d\d-\d\d|\d{4}\.\s?\d\d?\.\s?\d\d?\.?|\d{1,2}\.?\s[^\W\d]{3,12}\.?\s(?:19|20)\d\d|"
    r"[^\W\d]{3,12}\.?\s\d{1,2},?\s(?:19|20)\d\d|\d{4}年\d{1,2}月\d{1,2}日)"
)
_QA_ATTRIBUTION = keyscan.compile_gated(
    rf"(?:^|(?<=[.!?] )|(?<=[.!?]))(?:{chromewords.alternation(chromewords.QA_ATTRIBUTION)})"
    rf"(?:\s*:)?\s*\(?\s*(?:[^\s.!?]+\.?\s+){{0,7}}?(?:on |am |le |el |il |op |dnia |den |em |la |в |на )?{_QA_DAY}",
    re.I | re.M,
    name="patterns._QA_ATTRIBUTION",
)
# The same attribution without its day where only a buyer's question has it: after the question,
# a dash and the label naming the buyer end the block ("Can I ...? – asked by NAME, PLACE"), or
# the label, a name of up to 2 words and a colon open a block that ends with the question
# ("Frage von NAME: Passt ...?", "Kérdés (NAME): ...?"). An interview's "Frage:" names no one.
_QA_LABELS = chromewords.alternation(chromewords.QA_ATTRIBUTION)
_QA_UNDATED = keyscan.compile_gated(
    rf"[?？]\s*[–—-]\s*(?:{_QA_LABELS})\s+[^\W\d][^.!?:\d]{{0,40}}$|"
    rf"^\W{{0,2}}(?:{_QA_LABELS})\s*\(?[^\W\d][^\s.!?:()]*(?:\s[^\s.!?:()]+)?\)?\s*:\s.*[?？]$",
    re.I | re.S,
    name="patterns._QA_UNDATED",
)
# An answer's label right under a buyer's question: a short label and its colon ("A:", "Antwort
# von NAME:", "Válasz (NAME):"), up to 4 words before the colon.
_QA_ANSWER = re.compile(r"^\W{0,2}[^\W\d][^\s:?!.]*(?:\s+\(?[^\s:?!.]+\)?){0,3}\s*:\s")
# The heading of a shop's section that is no product text, one line matched whole
# (`chromewords.SHOP_SECTION`: "Versand & Rückgabe", "Customer questions", "Produits similaires").
_SHOP_SECTION = keyscan.compile_gated(
    rf"^\W*(?:{chromewords.alternation(chromewords.SHOP_SECTION)})\W*$", re.I, name="patterns._SHOP_SECTION"
)
# The same on a shop's page alone (`chromewords.SHOP_PAGE_SECTION`: "Garantie", "Szállítás",
# "What our customers say", "Poradíme vám"), and a shop's own word about itself in a paragraph
# (`chromewords.SHOP_PROMISE`: "Unser Team ... berät Sie gerne", "Minden terméket kipróbáltunk").
_SHOP_PAGE_SECTION = re.compile(rf"^\W*(?:{chromewords.alternation(chromewords.SHOP_PAGE_SECTION)})\W*$", re.I)
_SHOP_PROMISE = re.compile(chromewords.alternation(chromewords.SHOP_PROMISE), re.I)
# A sponsor's or a review site's method box's label opening a short block ("Supported by NAME",
# "In Zusammenarbeit mit NAME", "How we test headphones": `chromewords.BOX_LABEL`).
_BOX_LABEL = re.compile(rf"^[\W_]{{0,3}}(?:{chromewords.alternation(chromewords.BOX_LABEL)})", re.I)
BOX_LABEL_MAX_WORDS = 12
# A form's status message, printed into a dump where the form stood: "You have already
# subscribed. Thank you.", "Thank you for subscribing!", "Danke für Ihre Anmeldung", "Merci pour
# votre inscription", "Спасибо за подписку". It opens its block (an icon or a bullet may lead) and
# the block is short (FORM_STATUS_MAX_WORDS): no article opens a paragraph so. Rule-final.
# (`chromewords.FORM_STATUS`, one row a language: trial 20's feedback form's thanks and languages
# beyond the first eight were kept as prose)
_FORM_STATUS = keyscan.compile_gated(
    rf"^[\s*•✓✔✅!-]{{0,3}}(?:success[!.:]?\s+)?(?:{chromewords.alternation(chromewords.FORM_STATUS)})",
    re.I,
    name="patterns._FORM_STATUS",
)
FORM_STATUS_MAX_WORDS = 30
FORM_STATUS_REASON = "a form's status message"
# A prompt to log in before posting, where the comment or answer form would be (`chromewords.
# LOGIN_PROMPT`: "You must be logged in to post a comment.", "Please log in or register to answer
# this question."), in a short block that names what would be posted (`chromewords.POSTING_WORDS`:
# a story's advice to log in to a tax office's site names nothing to post). Rule-final.
_LOGIN_PROMPT = TablePattern(chromewords.LOGIN_PROMPT)
# A comment under a Q&A page's question or answer, signed at its end after a dash with its
# poster and time, as Stack Exchange prints them in every language ("... – kbrennan Jan 8 at
# 10:02", "– putzteufel 14. März 2022 um 10:02", "– mitron 14 mars 2021 à 10:02", "– ann 2 hours
# ago"); on text of single spaces (a dump may break the signature over lines). A date and a time
# after a name of up to four words: an article's quote attributed "– Winston Churchill" has none.
_SIGNED_COMMENT_END = re.compile(
    r"\s[–—]\s?(?:@?[\w.'’-]+ ){1,4}?"
    r"(?:(?:[^\W\d]{3,9}\.? \d{1,2}(?:, \d{4})?|\d{1,2}\.? [^\W\d]{3,9}\.?(?: \d{4})?|\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4})"
    r" (?:at|um|à|a las|alle|às|в|o|om|kl\.?|klo\.?|a les|в) \d{1,2}[:.]\d{2}|\d{1,3} [^\W\d]{3,9} ago)\s*$",
    re.I,
)
# ...or with its stamp on the line under it, as Question2Answer and its language packs print it
# ("commented May 18 by waxmoth (3.1k points)", "kommentiert 18. Mai von NAME", "commenté le 18 mai
# par NAME"): the verb, a date of up to five words, the poster after "by".
_COMMENT_STAMP_LINE = re.compile(
    r"^(?:commented|kommentiert|commenté|comentado|comentou|commentato|gecommentarieerd|skomentowa\w*|"
    r"komentováno|komentoval\w*|kommenterade|kommenteret|kommentert|kommentoitu|kommentálta|comentat|"
    r"прокомментировал\w*|прокоментува\w*|коментира\w*|σχολίασε|yorumladı|yorum yapıldı)"
    r"(?: [\w.,:]+){0,5}? (?:by|von|par|por|da|door|przez|od|av|af|от|від|από|tarafından|által|de) \S+",
    re.I,
)
SIGNED_COMMENTS_MAX_WORDS = 250  # a few comments under one post
# ...or signed at its start, its poster and the date and time in brackets before a colon, as a
# small paper's comment module prints them ("петър_пд (28.03.2024 17:10): Най-накрая! ...",
# "anna_k (12 March 2024, 09:15): ...", trial 33's Bulgarian page): a name of up to four words, a
# date (figures or a month's word) and a time. A quote in an article names no date so.
_COMMENT_SIGNED_AT_START = re.compile(
    r"^@?[\w.'’-]+(?: @?[\w.'’-]+){0,3} [(\[]"
    r"(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{2}-\d{2}|[^\W\d]{3,9}\.? \d{1,2}(?:, \d{4})?|\d{1,2}\.? [^\W\d]{3,9}\.?(?: \d{4})?)"
    r",?\s+(?:(?:at|um|à|a las|alle|às|в|o|om|kl\.?|klo\.?|a les) )?\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?[)\]]:\s",
    re.I,
)
# A MediaWiki page's tagline or hatnote, set apart by `wiki.split_wiki_page` (extra "wiki_note")
WIKI_NOTE_REASON = "wiki's own line (its name under the title, or a pointer to another page)"
SIGNED_COMMENT_REASON = "comments (each signed with its poster and time)"
LOGIN_PROMPT_MAX_WORDS = 25
LOGIN_PROMPT_REASON = "a prompt to log in to post"
# A forum's notice to a first-time visitor (`chromewords.FIRST_VISIT`), with a forum's word
# (`chromewords.FIRST_VISIT_FORUM_WORDS`), in a block of up to FIRST_VISIT_MAX_WORDS (vBulletin's
# notice with the forum's welcome before it: ~60 words). Rule-final.
_FIRST_VISIT = TablePattern(chromewords.FIRST_VISIT)
FIRST_VISIT_MAX_WORDS = 100
FIRST_VISIT_REASON = "a forum's notice to first-time visitors"
# A Q&A page's prompt to answer, to ask or to share the question, around its question and
# answers ("Know someone who can answer? Share a link to this question ...", "Not the answer
# you're looking for? Browse other questions tagged ...", "Du kennst die Antwort? Teile dein
# Wissen mit der Community", "Ich habe die gleiche Frage"): Stack Exchange's and the big Q&A
# sites' wording in their languages, written from those sites, not from corpus pages (trial 41's
# Q&A page kept its prompt and its "same question" button as text). Rule-final, in a block of up
# to QA_PROMPT_MAX_WORDS.
_QA_PROMPT = keyscan.compile_gated(
    r"(?<!\w)(?:know someone who can answer\?|not the answer you(?:'|’)re looking for\?|browse other questions tagged|"
    r"(?:do you )?know the answer\? (?:help|share|add)|i have the same question|"
    r"(?:du )?kennst (?:du )?die antwort\?|weißt du die antwort\?|teile dein wissen mit (?:der community|anderen)|"
    r"nicht die antwort, (?:die|nach der) du suchst|ich habe die gleiche frage|ich habe dieselbe frage|"
    r"vous connaissez la réponse\?|ce n(?:'|’)est pas la réponse que vous (?:cherchez|recherchez)|j(?:'|’)ai la même question|"
    r"¿(?:conoces|sabes) la respuesta\?|¿no es la respuesta que (?:buscas|estás buscando)\?|tengo la misma pregunta|"
    r"não é a resposta que (?:você )?(?:está procurando|procura)\?|"
    r"non è la risposta che stai cercando\?|conosci la risposta\?|"
    r"niet het antwoord dat je zoekt\?|weet jij het antwoord\?|"
    r"не нашли (?:ответ|нужный ответ)\?|знаете (?:ответ|кого-то, кто может ответить)\?)",
    re.I,
    name="patterns._QA_PROMPT",
)
QA_PROMPT_MAX_WORDS = 40
QA_PROMPT_REASON = "a Q&A page's prompt to answer or ask"
# A newsletter sign-up blurb: "Get our free briefing in your inbox", "Mit unserem Newsletter
# ... direkt in Ihr Postfach". Matched on blurb-sized blocks only (_chrome_signal).
_NEWSLETTER = keyscan.compile_gated(
    r"\b(?:(?:in|to) your inbox|(?:direkt )?in (?:ihr|dein|euer) (?:e-mail-)?postfach|"
    r"(?:unser(?:em|en)?|zum|den|our|free) (?:\w+ )?newsletter|newsletter (?:abonnieren|bestellen|anmelden)|"
    r"(?:à|a) (?:notre|nuestra|nuestro|la nostra) newsletter|"
    # a mailing list named so ("inscrit à notre liste de diffusion", "join our mailing list")
    r"(?:our|notre|nuestra|unsere[rn]?|la nostra) (?:mailing ?list|liste de diffusion|lista de correo|mailingliste))\b|"
    # the invitation in every language of `chromewords.NEWSLETTER` ("Prenumerera på vårt nyhetsbrev")
    + chromewords.alternation(chromewords.NEWSLETTER)
    # and its promise: leave at any time, mail to the reader's inbox (`chromewords.INBOX_PROMISE`)
    + "|"
    + chromewords.alternation(chromewords.INBOX_PROMISE),
    re.I,
    name="patterns._NEWSLETTER",
)
_NEWSLETTER_KEYS = (
    ("inbox", "postfach", "mailing", "liste de diffusion", "lista de correo")
    + chromewords.all_keys(chromewords.NEWSLETTER_WORDS)
    + chromewords.INBOX_PROMISE_KEYS
)
NEWSLETTER_MAX_WORDS = 45  # a blurb is a sentence or two; an article about newsletters is longer
# ...in a short fragment: the words of a rights, terms or privacy line, and an Austrian imprint's
# media owner ("Medieninhaber und Herausgeber: Pfarre St. Klara", MedienG § 25, trial 43's parish
# page). Not Germany's imprint lines ("Verantwortlich für den Inhalt nach § 55 Abs. 2 RStV"): a
# wild tuning page's article is its imprint, and the words marked its lines as chrome.
_LEGAL_WEAK = re.compile(
    r"\b(?:copyright|terms of (?:use|service)|privacy (?:policy|notice)|cookies?|medieninhaber)\b", re.I
)
# "Reid Standish is an RFE/RL correspondent ..." - an author box; a handle may follow the name
# ("Molly Wood (@mollywood) is an Ideas contributor ...")
_AUTHOR_BIO = keyscan.compile_gated(
    r"^(?!(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|President|Senator|The|This|It|He|She)\b)"
    r"(?P<name>(?:[A-Z][\w'’.-]+\s){1,3}[A-Z][\w'’.-]+)(?:\s\(@\w+\))?\s+(?:is|was|has been)\s+(?:an?|the)\s+"
    r"(?:[\w/&'’-]+,?\s+){0,6}(?:correspondent|reporter|writer|editor|journalist|author|columnist|contributor|"
    # (a company's or a country's output is no role: "Canada Metal is a Toronto-based producer of
    # lead alloys", "Abu Dhabi is the largest oil producer in the UAE", Reuters-21578)
    r"producer(?!\s+(?:of|in)\b)|freelance|staff|bureau|critic|analyst|fellow|professor|novelist|blogger|"
    r"photographer|commentator)|"
    # "NAME has worked as a reporter ...", German "NAME ist Redakteurin ...", "NAME leitet das
    # Ressort ...", "NAME schreibt seit 2010 für ..."
    r"^(?!(?:Mr|Mrs|Ms|Dr|Herr|Frau|Der|Die|Das|The)\b)(?P<name2>(?:[A-Z][\w'’.-]+\s){1,3}[A-Z][\w'’.-]+)\s+"
    r"(?:has worked as|(?:ist|war|arbeitet als)\s+(?:[\w-]+\s+){0,4}(?:Redakteur|Journalist|Autor|Korrespondent|"
    r"Reporter|Kolumnist|Volontär|Ressortleiter|Chefredakteur)(?:in)?\b|leitet (?:das|die|den) (?:Ressort|Redaktion)|"
    r"schreibt (?:seit|für|als|über)\b|"
    # a tagline's beat ("NAME covers public safety for the Herald", "NAME writes about ...", "NAME
    # reports on ..."), and the role after "is" in French, Spanish, Italian, Portuguese and Dutch
    # ("NAME est journaliste à ...", "NAME es periodista de ...", "NAME è giornalista ...", "NAME é
    # jornalista ...", "NAME is verslaggever bij ..."): a new user's author boxes (issue 13)
    r"(?:covers|writes (?:about|on|for)|reports (?:on|for|from))\s|"
    r"(?:est|es|è|é|is)\s+(?:[\w-]+\s+){0,4}(?:journaliste|reporter|correspondante?|rédact(?:eur|rice)|"
    r"chroniqueu(?:r|se)|periodista|corresponsal|reporter[oa]|redactora?|columnista|giornalista|"
    r"corrispondente|redatt(?:ore|rice)|inviat[oa]|jornalista|repórter|correspondente|colunista|"
    r"redator(?:a)?|journalist|verslaggever|correspondent|redacteur)\b)",
    name="patterns._AUTHOR_BIO",
)
# A photo's credit in brackets closing its caption: "(Matt Stone/Boston Herald)", "(Photo: AP)"
# (a caption over a byline is no headline: `head._keep_headline_over_byline`, `tail._heads_article`).
CREDIT_AT_END = re.compile(r"\((?:[^()\n]{2,40}/[^()\n]{2,40}|(?:photo|foto|image|credit)[^()\n]{0,40})\)\s*$", re.I)
# An author box that opens with its label ("About the author: NAME is ...", "Über die Autorin:
# ...", "À propos de l'auteur : ...", "Sobre los autores: ..."): the label and the bio in one block
_ABOUT_INLINE = re.compile(
    r"^(?:about the (?:authors?|writers?|contributors?)|über (?:den autor|die autorin|die autoren)|"
    r"zu(?:m autor|r autorin)|à propos (?:de l['’]aut(?:eur|rice)|des auteurs)|"
    r"sobre (?:el autor|la autora|los autores|o autor|a autora|os autores)|sull['’]autore|sugli autori|"
    r"over de auteurs?|o autorze|об авторе)\s*[:：—–-]\s*\S",
    re.I,
)
# A line that tells how to reach the author ("Reach her at jdoe@herald.com or 555-0100.", "Contact
# the writer: ...", "Follow Jane Doe on X @jdoe", "Sie erreichen die Autorin unter ..."): an email
# address, a phone number or a social account in it
_AUTHOR_CONTACT = re.compile(
    r"(?:^|(?<=[.!?] ))(?:you can )?(?:reach|contact|e-?mail|write to|follow|sie erreichen|vous pouvez joindre|"
    r"puede contactar)"
    r"\s+(?:him|her|them|the (?:author|writer|reporter)s?|ihn|sie|die autorin|den autor|l['’]auteur|"
    r"(?!the\b)(?-i:[A-Z][\w'’-]+)(?: (?-i:[A-Z][\w'’-]+)){0,2})\b",
    re.I,
)
# ... and in the sentence's next characters (CONTACT_REACH), an address, a number or an account
_CONTACT_TOKEN = re.compile(r"@|\d{3}[-. )]\d{3,4}|\b(?:twitter|instagram|bluesky|linkedin|threads|on x)\b", re.I)
CONTACT_REACH = 80
AUTHOR_CONTACT_MAX_WORDS = 40
_BY_WORDS = (
    r"by|written by|words by|story by|interview(?:ed)? by|interview von|interview par|entretien réalisé par|"
    r"propos recueillis par|von|par|por|di|door|av|af|oleh|автор|بقلم|מאת|"
    # a writer's role and a photographer's together ("Words and pictures by", "Texto y fotos de")
    r"(?:words|text|story|interview) (?:and|&) (?:photos|photographs|pictures|photography) by|"
    r"text by|text und fotos von|texte et photos de|texto de|texto y fotos de|texto e fotos de|entrevista de|"
    # a picture gallery's or a video's makers (trial 14: "Gallery by Joe Rennie and Sarah Iqbal");
    # "Photographs by" under a writer's line credits the pictures, not the story
    r"(?:gallery|slideshow|video) by|"
    r"testo di|testo e foto di|intervista di|tekst door|tekst av|tekst af|интервью взял|интервью взяла|"
    # a blog's or a forum's "posted by" and "written by" (Blogger's Romanian "Publicat de", Danish
    # "Skrevet af", Swedish "Postat av", Czech "Napsal"), a podcast's host (trial 17)
    r"posted by|hosted by|publicat de|postat de|scris de|publicado por|postado por|escrito por|"
    r"pubblicato da|scritto da|geschrieben von|gepostet von|publié par|écrit par|geplaatst door|"
    r"geschreven door|skrevet af|skrevet av|skrivet av|postat av|postet av|opslået af|kirjoittanut|"
    r"napsal|napsala|napísal|napísala|napisał|napisała|napisao|napisala|írta|"
    # a recipe site's cook, where the language's "by" after "recipe" is no word of a dish's name
    # ("Rezept von NAME", "Recept av NAME", "Oppskrift av NAME"; not Romance "de", "di": "Receta
    # de Tortilla")
    r"recipe by|rezept von|recept av|recept af|opskrift af|oppskrift av|reseptin tekijä|"
    # languages of no table, their "by" a word no other language opens a heading with (a new
    # user's Welsh "Gan NAME", Hausa "Daga NAME", Albanian "Nga NAME", Icelandic "Eftir NAME",
    # Afrikaans "Deur NAME"; Swahili's "Na" and Tagalog's "Ni" are Slavic "on" and Spanish "nor":
    # only their longer "written by")
    r"gan|daga|nga|eftir|deur|imeandikwa na|isinulat ni"
)
# The labels CMSs print before a byline's names, per language ("Penulis: Rina Kusumawati |
# Editor: ...", "Yazar: ...", "Autorka: ...", "Texto: ..."). Nouns and prepositions that open
# sentences too, so a byline only with the colon (the words of _BY_WORDS need none).
_BYLINE_LABELS = {
    "en": "author|authors|written by|reporter|reporting|words",
    "de": "autor|autorin|autoren|text|bericht|reportage",
    "fr": "auteur|auteure|autrice|auteurs|texte|par",
    "es": "autor|autora|autores|texto|redacción|por",
    "pt": "autor|autora|autores|texto|reportagem",
    "it": "autore|autrice|autori|testo|a cura di|di",
    "nl": "auteur|auteurs|tekst|door",
    "pl": "autor|autorka|autorzy|tekst|opracowanie",
    "cs": "autor|autorka|autoři|text|text a foto",
    "sk": "autor|autorka|autori|text",
    "sl": "avtor|avtorica|besedilo",
    "hr": "autor|autorica|piše|tekst",
    "sr": "autor|аутор|piše|пише",
    "bg": "автор|текст",
    "uk": "автор|авторка|текст",
    "ro": "autor|autoare|de",
    "el": "συντάκτης|συντάκτρια|συντάκτες|κείμενο|γράφει|από|του|της|γράφουν",
    "lt": "autorius|autorė|tekstas",
    "lv": "autors|autore|teksts",
    "et": "autor|tekst",
    "tr": "yazar|yazan|muhabir|haber|yazarlar",
    "id": "penulis|reporter|wartawan|pewarta",
    "sv": "text|skribent|författare|reporter",
    "da": "tekst|forfatter|skribent|journalist",
    "fi": "teksti|kirjoittaja|toimittaja",
    "hu": "szerző|írta|szöveg",
    "ru": "автор|авторы|текст|корреспондент",
    "ar": "كتب|كتبت|تحرير|إعداد",
    "vi": "tác giả",
    "ca": "autor|autora|autors|text|redacció",
    # the rest of `chromewords.LANGUAGES`: Irish "Údar:", "Le:", Maltese "Awtur:", "Minn:",
    # Norwegian "Tekst:", Chinese and Japanese "作者:", "記者:" with an ASCII colon and a space
    # (their full-width colon without a space is `textblocks._CJK_BYLINE`'s), Korean "글:"
    "ga": "údar|scríbhneoir|le",
    "mt": "awtur|awtriċi|kittieb|minn",
    "no": "tekst|forfatter|journalist|skribent",
    "zh": "作者|记者|記者|文",
    "ja": "文|記者|筆者|執筆|著者",
    "ko": "글|기자|작성자",
    # Hindi: "रिपोर्ट: NAME" (report), "संवाददाता: NAME" (correspondent), "लेखक: NAME" (writer)
    "hi": "रिपोर्ट|रिपोर्टर|संवाददाता|लेखक|लेखिका",
    # Persian: "نویسنده: NAME" (writer), "گزارش: NAME" (report), "خبرنگار: NAME" (reporter), in the
    # Arabic letters too
    "fa": "نویسنده|نويسنده|گزارشگر|گزارش|خبرنگار|به قلم|تهیه و تنظیم|تهيه و تنظيم",
}
_BY_LABELS = "|".join(longest_first({w for ws in _BYLINE_LABELS.values() for w in ws.split("|")}))
# A byline's names joined by their language's "and" (`chromewords.NAME_AND`, the languages
# written with spaces): "Anna Weber und Jonas Berg", "Ana Ruiz y Pedro Gómez" (`names_and_split`).
_NAMES_AND = re.compile(
    r"(?<!\s)\s+(?:"  # (one start a run of spaces: linear)
    + "|".join(v for lang, v in chromewords.NAME_AND.items() if lang not in ("zh", "ja", "ko"))
    + r"|dan)\s+"  # (and Malay's)
)
# A name opens with a capital, or with any letter of a script without capitals (models.CASELESS).
_NAME_START = f"(?-i:[{UPPER}{CASELESS}])"
# A user's handle alone after a by-word ("By @HenryK", "By u/HenryK", "By henry_k88"): with an
# @ or Reddit's u/ before it, or with none and an underscore or a digit of its own (as
# givennames.is_handle has it): a forum's, a social site's or a blog's poster, as the site
# prints the name (`handle_alone` reads it).
_BY_HANDLE = r"(?:@|u/)\w[\w.-]{0,38}|(?=[\w.-]*[\d_])[^\W\d_][\w.-]{0,38}"
_HANDLE_ALONE = re.compile(rf"(?:{_BY_HANDLE})\.?", re.I)
# `org`: GOV.UK's "From: Department for Education" names the issuing organisation, no person.
_BY_LINE = re.compile(
    rf"^(?:(?:{_BY_WORDS})\s*:?|(?:{_BY_LABELS})\s*:|(?P<org>from)\s*:)\s+"
    rf"(?P<names>{_NAME_START}[^\n]{{1,120}}|(?:{_BY_HANDLE})\.?)$",
    re.I,
)


def handle_alone(text: str) -> str:
    """The user's handle `text` is, alone (`_BY_HANDLE`: "@HenryK", "u/HenryK", "henry_k88"),
    without its @ or u/ and a closing full stop; "" for any other text (a name, several words)."""
    text = text.strip()
    if not _HANDLE_ALONE.fullmatch(text):
        return ""
    return text.removeprefix("@").removeprefix("u/").removeprefix("U/").rstrip(".")


# A date line that ends with its author ("Publicado el 12 de marzo de 2024 por Marisa Gómez",
# "Published 3 March 2026 by Jane Doe", "Opublikowano 5 maja 2025 przez Annę Nowak", "Pubblicato
# il 12 ottobre 2025 da Marco Rossi"): both; and a meta row's date, then its byline's label with
# its colon ("Published: 3 March 2026 | By: Jane Doe", "Δημοσιεύθηκε: 3 Μαρτίου 2026 | Από: NAME",
# "Diterbitkan: 3 Maret 2026 | Penulis: NAME": `_BYLINE_LABELS`).
# (the by-word of each language, `chromewords.DATED_BY_WORD`, and Indonesian's "oleh")
_DATED_BY_WORDS = "|".join(longest_first({w for ws in chromewords.DATED_BY_WORD.values() for w in ws.split("|") if w}))
_DATED_BY = re.compile(
    rf"^(?P<when>[^\n]{{4,60}}?)\s(?:(?:{_DATED_BY_WORDS}|oleh)\s*:?|(?:{_BY_LABELS})\s*:)"
    rf"\s+(?P<names>{_NAME_START}[^\n]{{1,80}})$",
    re.I,
)
_CREDIT = keyscan.compile_gated(
    r"(?:^(?:photo|image|picture|photograph|pictured|credit|source|video|graphic|illustration|file photo|"
    r"foto|bild|quelle|bildquelle|fuente|crédito|fotoğraf|imagen|zdjęcie|fotografie)"
    # "AFP" not glued to a letter: "AFPに明らかにした" ("told AFP", Japanese) is running text
    r"s?\s*(?:credit)?\s*[:.…]|\bafp(?![^\W\d_])|\b(?:getty images|ap photo|reuters/|/reuters|/ap\b|/afp\b|"
    # a Polish caption's "Fot. PAP/NAME", an Indonesian one's "ANTARA FOTO/NAME" or "FOTO: NAME"
    r"(?<=[.!?…\"”] )fot\.\s|\bfoto ?/|"
    r"shutterstock|istock|photo:|credit:|credit\.\.\.|\(file photo\)|"
    r"(?:image|photo|picture)\s+(?:copyright|credit|source|caption)|"
    r"\bphoto(?:graph)? by\b|courtesy of|\bimage \d+ of\b|\bimage:|\bcrédits?(?: photos?)? ?:)|\(photo\)|^\((?:[\w.'’&-]+ ){0,3}photo(?:graph)?\)$)",
    re.I,
    name="patterns._CREDIT",
)
# (and a Chinese story's sign-off, "（责任编辑：陈静）", "【责任编辑：陈静】": its editor, proof-reader)
_REPORTING_CREDIT = re.compile(
    r"^[(（【\[]?(?:(?:reporting|writing|editing|additional reporting|compiled|translated) by\b|"
    r"(?:责任编辑|責任編輯|编辑|編輯|校对|校對|审核|審核)[:：])",
    re.I,
)
# A forum post's edit notice under its text, as the boards print it in their language packs
# (phpBB: "Last edited by NAME on DATE, edited 1 time in total.", "Zuletzt geändert von NAME am
# DATE, insgesamt 1-mal geändert.", "Dernière modification par NAME le DATE"; vBulletin: "Last
# edited by NAME; DATE at TIME."; XenForo: "Last edited: DATE", "Zuletzt bearbeitet: DATE"; SMF:
# "« Last Edit: DATE by NAME »"): the board's line, never the post's (a second new user's phpBB
# thread kept it as text). A date's figure must follow the label (`edit_notice`).
_EDIT_NOTICE = re.compile(
    r"^[«\s]*(?:last edited(?: by\b| ?:)|last edit ?:|zuletzt (?:geändert|bearbeitet)(?: von\b| ?:)|letzte änderung ?:|"
    r"dernière (?:modification|édition)(?: par\b| ?:)|última edición(?: por\b| ?:)|ultima modifica(?: di\b| da\b| ?:)|"
    r"laatst (?:bewerkt|bijgewerkt|gewijzigd)(?: door\b| ?:)|ostatnio edytowan[ya](?: przez\b| ?:)|"
    r"última edição(?: por\b| ?:)|последн(?:ий раз|ее) (?:редактировал\w*|изменение)\b|"
    r"senast (?:redigerad|ändrad)(?: av\b| ?:)|sist redigert(?: av\b| ?:)|viimeksi muokattu\b)",
    re.I,
)
EDIT_NOTICE_MAX_WORDS = 24  # a name, a date and time, the count of edits
EDIT_NOTICE_REASON = "a forum post's edit notice"


def edit_notice(line: str) -> bool:
    """Whether `line` is a forum post's edit notice (`_EDIT_NOTICE`): EDIT_NOTICE_MAX_WORDS words at
    most, a figure after the label (the date)."""
    line = line.strip()
    if len(line.split()) > EDIT_NOTICE_MAX_WORDS:
        return False
    m = _EDIT_NOTICE.match(line)
    return m is not None and any(c.isdigit() for c in line[m.end() :])


_FURNITURE = re.compile(
    r"(?:accessibility|breaking news|advert|sponsored|promoted|skip to|jump to|back to top|return to top|"
    r"trending|top stories|most |recommended|related|all rights|terms|privacy|cookie|contact|about us|"
    r"site ?map|reprint|permission|\d++\s++comment|comment|also)"
)
_BUTTON_WORDS = (
    r"share|tweet|e-?mail|print|pin|save|comment|comments|reply|menu|search|close|home|more|next|"
    r"previous|prev|back|log ?in|sign in|sign up|register|facebook|twitter|x|linkedin|whatsapp|pinterest|"
    r"reddit|instagram|youtube|flipboard|rss|copy link|copied|ok|cancel|toggle navigation|main menu|"
    # a Catalan page's link back to its list ("Tornar a l'agenda", "Tornar a la portada")
    r"torna(?:r)? (?:a (?:l['’]agenda|l['’]inici|la portada|la llista|les notícies|dalt)|enrere)|"
    r"telegram|xing|messenger|bluesky|mastodon|weibo|wechat|微信|微博|line|はてな|"
    # a picture gallery's ("Start slideshow  Share  Comments (14)")
    r"(?:start|view|open|play) (?:the )?(?:slideshow|gallery)|"
    # a live page's or a blog's pager ("Show older posts", "Load more")
    r"(?:show|load|see|view) (?:more|older|newer|earlier) (?:posts|updates|entries)|older posts|newer posts"
)
_BUTTON = re.compile(rf"^(?:{_BUTTON_WORDS})$", re.I)
# The labels of a page's tools, each a widget's text standing alone in a dump or an extraction
# ("Print this article", "印刷する", "A A A", "3 Kommentare"), by what the tool does: the reason
# names it ("button label (print)"). A line is labels only, one or several ("Share | Print |
# E-mail"), with the plain buttons of `_BUTTON` between them; matched on blocks of up to
# UI_LABEL_MAX_WORDS words (`_button_label`), so "Print the form and sign it." is text.
# the word a comment count stands beside, in every language of LANGUAGES (and Thai)
_COMMENT_WORDS = chromewords.labels(chromewords.UI_COMMENTS) + "|ความคิดเห็น"
# the words of a count of reactions to a post, in the corpora's languages (not "hearts": a game
# guide's "6 Hearts:" heads the dialogue of that friendship level, a tuning page's text)
_REACTION_WORDS = (
    "likes?|upvotes?|thumbs up|reactions?|daumen hoch|gefällt mir|reaktionen|j'aime|j’aime|"
    "réactions?|me gusta|reacciones|mi piace|reazioni|duimpjes?|vind-ik-leuks?|polubie(?:ń|nia)|"
    "curtidas?|gilla-markeringar|gillningar|reaktioner|synes godt om|нравится|лайк(?:ов|а|и)?|beğeni|kedvelés"
)
_UI_LABEL_KINDS: tuple[tuple[str, str], ...] = (
    # (print, share, save: every language of `chromewords.LANGUAGES`, and a few more here)
    ("print", chromewords.labels(chromewords.UI_PRINT) + "|พิมพ์|הדפס"),
    (
        "share",
        chromewords.labels(chromewords.UI_SHARE) + "|ツイート|ポスト|แชร์|שתף|שיתוף|"
        # a subscriber's gift link ("Gift this article", trial13's paywalled page)
        r"gift(?: this| the)? (?:article|story)|(?:artikel )?verschenken|offrir (?:cet |l')article|regalar (?:este )?artículo",
    ),
    (
        "e-mail",
        # "mail" alone too: a share bar's e-mail button ("whatsapp pinterest facebook twitter mail")
        r"(?:e-?)?mail(?: (?:this|the))?(?: (?:article|page|story|link))?(?: to a friend)?|send (?:by|via) e-?mail|e-?post|"
        r"(?:artikel )?(?:per |als )?e-?mail(?: senden| versenden| verschicken)?|(?:artikel )?(?:versenden|verschicken)|"
        r"envoyer(?: par (?:e-?mail|courriel))?|enviar(?: por (?:correo|e-?mail))?|invia(?: per e-?mail)?|"
        r"отправить(?: по почте)?|メール(?:で送る)?|邮件|이메일|อีเมล|envia(?:r|-ho)? a un amic|kirim ke teman|gửi (?:cho )?bạn bè",
    ),
    (
        "save",
        chromewords.labels(chromewords.UI_SAVE) + "|บันทึก|"
        # a shop's wish list (trial 15: "♡ Verlanglijst" was body)
        r"(?:add to )?wish ?list|(?:auf den |zum )?merkzettel|(?:auf die |zur )?wunschliste|verlanglijst(?:je)?|"
        r"liste d['’]envies|lista de deseos|lista dei desideri|lista życzeń|список желаний",
    ),
    (
        "font size",
        r"a[-+]?(?:\s+a[-+]?){1,2}|a-\s*a\+|a\+\s*a-|(?:text|font)[- ]size|(?:schrift|text)größe|"
        r"taille (?:du texte|de (?:la )?police)|tamaño (?:de (?:la )?)?(?:letra|fuente|texto)|"
        r"dimensione (?:del )?testo|размер шрифта|文字サイズ|字号|字體大小|글자 ?크기|ขนาดตัวอักษร",
    ),
    (
        "comment count",
        rf"\d+\s+(?:{_COMMENT_WORDS})|(?:{_COMMENT_WORDS})\s*[(\[（［]?\d+[)\]）］]?",
    ),
    (
        # a post's or an answer's count of reactions ("42 Daumen hoch", "17 likes", "Gefällt mir
        # (7)": trial 46's Q&A page kept four); not "votes" or "points", which a table's line may be
        "reaction count",
        # (no comma in the count: a comma parts labels, `ui_label_line`)
        rf"[+-]?\d[\d.]*\s*(?:{_REACTION_WORDS})|(?:{_REACTION_WORDS})\s*[(\[]?\d[\d.]*[)\]]?",
    ),
    (
        "listen",
        # with the reading's length after it ("Listen to article (7 min)", trial13)
        r"(?:listen(?: to(?: this| the)? (?:article|story))?|(?:artikel )?(?:vorlesen|anhören)|"
        r"écouter(?: l'article| cet article)?|escuchar(?: (?:el|este) artículo)?)"
        r"(?: ?[(\[]?\d{1,3} ?(?:min|mins|minutes|minuten|minutos)\.?[)\]]?)?",
    ),
    (
        "copy link",
        r"copy(?: the)? link|link (?:kopieren|copiado|copié)|copier le lien|copiar (?:el )?enlace|copia link|"
        r"copiar (?:o )?link|kopieer (?:de )?link|skopiuj link|копировать ссылку|копіювати посилання",
    ),
    (
        # a post's tools in a comment thread or forum: "button label (reply)" read as if
        # "Report" were a reply
        "quote, reply or report",
        r"quote|reply|report|zitieren|antworten|melden|citer|répondre|signaler|citar|responder|cita|rispondi|цитировать|ответить|цитата",
    ),
)
_UI_LABEL_ONE = tuple(
    (kind, re.compile(rf"(?:^|(?<=[\s|•·/,;]))(?:{alt})(?=$|[\s|•·/,;:])", re.I)) for kind, alt in _UI_LABEL_KINDS
)


def _top_level(alt: str) -> list[str]:
    """The top-level branches of regex alternation `alt` (split at each "|" outside brackets)."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(alt):
        c = alt[i]
        if c == "\\":
            i += 1
        elif c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(alt[start:i])
            start = i + 1
        i += 1
    return [*parts, alt[start:]]


def _distinct_alternatives(alt: str) -> str:
    """Alternation `alt` without the plain words an earlier branch matches already ("print" after
    "print(?: this)?", Maltese "stampa" after Italian's): the same strings, but a repeat of the
    alternation ("Print Print Print x") no longer tries each word every way, which made a line
    of 60 characters take seconds once several languages shared a label."""
    kept: list[str] = []
    for branch in _top_level(alt):
        plain = not re.search(r"[\\()\[\]?*+{}.|^$]", branch)
        if plain and any(re.fullmatch(k, branch, re.I) for k in kept):
            continue
        kept.append(branch)
    return "|".join(kept)


_UI_LABEL_ANY = _distinct_alternatives("|".join(alt for _, alt in _UI_LABEL_KINDS) + "|" + _BUTTON_WORDS)
_UI_LABEL = re.compile(rf"(?:{_UI_LABEL_ANY})", re.I)
_UI_LABEL_SEPARATORS = "|•·/,;:"
# a word of a line of labels: what lies between white space and separators (no label starts or
# ends with white space, and none holds a separator: tests/test_ui_label_line.py)
_UI_LABEL_WORD = re.compile(rf"[^\s{_UI_LABEL_SEPARATORS}]+")
# the most words one label spans ("mail the article to a friend"): bounds the spans tried
# (tests/test_ui_label_line.py checks it against the labels' white space)
UI_LABEL_SPAN_WORDS = 6


@text_memo
def ui_label_line(text: str) -> bool:
    """Whether `text` is one tool label or several split by white space or a separator ("Share |
    Print | E-mail", "A- A A+"): the strings `^(?:L)(?:(?:\\s*[|•·/,;:]\\s*|\\s+)(?:L))*$`
    matches, L any label of `_UI_LABEL_ANY`. That regex backtracked exponentially on a run of
    words that split into labels several ways ("a a a ... x": the font size's "a a" and "a a a"
    both labels). Here the line is cut into words, and whether a line of labels starts at a word
    is decided once for each, from the line's end back: a label of up to UI_LABEL_SPAN_WORDS
    words from it that ends at the line's end or before a word where one starts; each distinct
    span is matched once, so the cost is linear in the line's length."""
    if not _UI_LABEL.match(text):
        return False  # (a line of labels opens with one: one match rules out most lines)
    words = list(_UI_LABEL_WORD.finditer(text))
    if not words or words[0].start() or text[words[-1].end() :] not in ("", "\n"):  # `$`: a final newline too
        return False
    cut = []  # after each word but the last: whether a separator follows (no label runs on past it)
    for a, b in itertools.pairwise(words):
        seps = len("".join(text[a.end() : b.start()].split()))  # (the gap holds only white space and separators)
        if seps > 1:
            return False
        cut.append(seps == 1)
    ok = [False] * len(words) + [True]  # a line of labels starts at word i (at the end: nothing left)
    seen: dict[str, bool] = {}
    for i in range(len(words) - 1, -1, -1):
        for j in range(i, min(i + UI_LABEL_SPAN_WORDS, len(words))):
            if ok[j + 1]:
                span = text[words[i].start() : words[j].end()]
                if span not in seen:
                    seen[span] = _UI_LABEL.fullmatch(span) is not None
                if seen[span]:
                    ok[i] = True
                    break
            if j < len(cut) and cut[j]:
                break
    return ok[0]


# A picture gallery's slide counter on its own line ("1 of 6", "1/6", "(2 / 6)", "Bild 1 von 6",
# "Photo 1 sur 6", "Foto 1 de 6", "Фото 1 из 6", "Zdjęcie 1 z 6", "사진 1/6"): the viewer's
# position, never text (trial 14: "1 of 6" kept as body once, "2 of 6" ... dropped). A picture's
# word first or none, then "N of M" with the word for "of" of the languages the corpora and the
# trials meet (English, German, French, Spanish, Portuguese, Italian, Dutch, the Nordic ones,
# Polish, Czech, Russian, Ukrainian, Turkish's "N / M"), or a slash or a bar; N <= M checked by
# `slide_counter`.
_SLIDE_COUNTER = re.compile(
    r"^[(\[]?\s*(?:(?:photo|foto|image|imagen|imagem|immagine|bild|picture|pic|slide|afbeelding|kuva|billede|"
    r"obrázek|zdjęcie|resim|fotoğraf|фото|фотография|изображение|зображення|사진|写真|画像|图片|圖片|ảnh)\.?\s*)?"
    r"(?P<n>\d{1,3})\s*(?:/|\||of|von|sur|de|di|da|van|av|af|z|ze|из|з|із)\s*(?P<m>\d{1,3})\s*[)\]]?$",
    re.I,
)
SLIDE_COUNTER_REASON = "slide counter of a picture gallery"


def slide_counter(line: str) -> bool:
    """Whether `line` is a gallery's slide counter alone (`_SLIDE_COUNTER`: "1 of 6", "Bild 2 von
    6", "3/6"): a position N of M slides, 1 <= N <= M, M >= 2."""
    m = _SLIDE_COUNTER.match(line.strip())
    return m is not None and 1 <= int(m.group("n")) <= int(m.group("m")) and int(m.group("m")) >= 2


# A picture's, a video's or a chart's marker in brackets on its own line ("(Foto)", "[Photo]",
# "(Video)", "（写真）", "【動画】", "(사진)", "(Фото)", "[Grafik]", "(Foto 2)"): where an embedded
# medium stood in the page, the player's or the picture's place holder the text dump keeps; no
# text. The nouns for photo, picture, image, video, audio, graphic, chart, map and gallery in the
# languages the project indexes (English, German, French, Spanish, Portuguese, Italian, Dutch, the
# Nordic ones, Polish, Czech, Hungarian, Romanian, Turkish, Greek, Russian, Ukrainian, Arabic,
# Hindi, Japanese, Chinese, Korean, Vietnamese); a credit after a colon or an equals sign
# ("（写真＝共同）", "(Foto: dpa)") is a caption's credit, read elsewhere.
_MEDIA_NOUNS = (
    r"photos?|fotos?|image|images|imagen|imágenes|imagem|imagens|immagine|immagini|bild|bilder|pictures?|pics?|"
    r"videos?|vídeos?|vidéos?|audio|áudio|graphics?|grafik|grafiken|gráficos?|graphique|grafico|infographics?|"
    r"infografik|infografía|infográfico|infografica|map|karte|carte|mapa|mappa|kaart|kort|karta|gallery|galerie|"
    r"galería|galeria|galleria|illustration|ilustración|ilustração|illustrazione|foto(?:grafie|grafia|grafía)|"
    r"afbeelding|kuva|billede|obrázek|zdjęcie|zdjęcia|wideo|kép|képek|videó|fotoğraf|resim|görsel|"
    r"φωτογραφία|φωτο|βίντεο|фото|фотография|видео|аудио|инфографика|карта|відео|"
    r"صورة|صور|فيديو|फोटो|तस्वीर|वीडियो|写真|画像|動画|映像|図|図表|グラフ|照片|图片|圖片|图|圖|视频|視頻|影片|"
    r"사진|영상|동영상|그래픽|ảnh|hình"
)
_MEDIA_MARKER = re.compile(
    rf"^[(\[（【〔［<〈]\s*(?:{_MEDIA_NOUNS})(?:\s*\d{{1,3}})?\s*[)\]）】〕］>〉]$",
    re.I,
)
MEDIA_MARKER_REASON = "media marker (a bracketed 'photo', 'video' where a medium stood)"


def media_marker(line: str) -> bool:
    """Whether `line` is a bracketed media marker alone (`_MEDIA_MARKER`: "(Foto)", "[Photo]",
    "（写真）", "【動画】", "(Video 2)"): a picture's or a player's place in the page, no text."""
    return bool(_MEDIA_MARKER.match(line.strip()))


UI_LABEL_MAX_WORDS = 8  # "Share this article on Facebook", "Artikel per E-Mail versenden"
UI_LABEL_MAX_CHARS = 60  # a line of labels, not a sentence that happens to use their words


# A reading time, the head's furniture in any language ("4 min read", "Lesezeit: 4 Min.", "3 min
# de lecture", "読了時間：約3分"), a regex a language, matched ignoring case: segment.furniture's
# reading-time label, and a line of its own inside a byline and date block, which
# `textblocks._split_meta_and_tools` cuts out as it does a row of share buttons (trial: "NAME /
# 4 min read / DATE" was kept as one short body block, no byline, no date). Written for the project
# from news sites' templates in those languages.
READING_TIME_LABELS = {
    "en": r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ]min(?:ute)?s?\.? read|"
    r"(?:reading|read) time:? (?:about |approx\.? )?\d+ min(?:ute)?s?\.?|\d+ min(?:ute)?s?\.? (?:reading time|to read)",
    "de": r"(?:lesezeit|lesedauer):? (?:ca\. |etwa )?\d+ (?:min\.?|minuten?)|"
    r"(?:ca\. )?\d+ (?:min\.?|minuten?) (?:lesezeit|lesedauer)",
    "fr": r"(?:temps de )?lecture:? (?:\d+|une) min(?:\.|utes?)?|\d+ min(?:\.|utes?)? de lecture",
    "es": r"(?:tiempo de )?lectura:? \d+ min(?:\.|utos?)?|\d+ min(?:\.|utos?)? de lectura",
    "it": r"(?:tempo di )?lettura:? \d+ min(?:\.|uti)?|\d+ min(?:\.|uti)? di lettura",
    "pt": r"(?:tempo de )?leitura:? \d+ min(?:\.|utos?)?|\d+ min(?:\.|utos?)? de leitura",
    "nl": r"leestijd:? \d+ min(?:\.|uten|uut)?|\d+ min(?:\.|uten|uut)? (?:leestijd|lezen)",
    "pl": r"czas czytania:? \d+ min(?:\.|ut[ay]?)?|\d+ min(?:\.|ut[ay]?)? czytania",
    "ru": r"время чтения:? \d+ мин(?:\.|ут[аы]?)?|\d+ мин(?:\.|ут[аы]?)? (?:на )?чтени[яе]",
    "uk": r"час читання:? \d+ хв(?:\.|илин[аи]?)?|\d+ хв(?:\.|илин[аи]?)? (?:на )?читання",
    "tr": r"okuma süresi:? \d+ (?:dk\.?|dakika)|\d+ (?:dk\.?|dakika) okuma(?: süresi)?",
    "sv": r"lästid:? \d+ min(?:\.|uter)?|\d+ min(?:\.|uter)? (?:lästid|läsning)",
    "da": r"læsetid:? \d+ min(?:\.|utter)?|\d+ min(?:\.|utter)? (?:læsetid|læsning)",
    "nb": r"lesetid:? \d+ min(?:\.|utter)?|\d+ min(?:\.|utter)? (?:lesetid|lesing)",
    "fi": r"lukuaika:? \d+ min(?:\.|uuttia)?|\d+ min(?:\.|uuttia)? lukuaika",
    "cs": r"(?:doba )?čtení:? \d+ min(?:\.|ut[ay]?)?|\d+ min(?:\.|ut[ay]?)? čtení",
    "hu": r"olvasási idő:? \d+ perc|\d+ perc(?:es)? olvasás(?:i idő)?",
    "ro": r"timp de citire:? \d+ min(?:\.|ute)?|\d+ min(?:\.|ute)? (?:de )?citire",
    "el": r"χρόνος ανάγνωσης:? \d+ λεπτ[άό]|\d+ λεπτ[άό] ανάγνωσης",
    "id": r"waktu baca:? \d+ menit|\d+ menit (?:membaca|baca)",
    "ca": r"(?:temps de )?lectura:? \d+ min(?:\.|uts?)?|\d+ min(?:\.|uts?)? de lectura",
    "vi": r"thời gian đọc:? \d+ phút|\d+ phút đọc",
    "ar": r"(?:وقت|مدة) القراءة:? \d+ (?:دقائق|دقيقة|د)|\d+ (?:دقائق|دقيقة) (?:للقراءة|قراءة)",
    "ja": r"(?:この記事は)?約?\d+分で読めます|読了(?:時間|目安)[:：]? ?約?\d+分",
    "zh": r"阅读(?:时间|时长|需要?)[:：]? ?约?\d+ ?分钟|约?\d+ ?分钟(?:阅读|读完)",
    "ko": r"(?:약 )?\d+분 (?:읽기|소요)|읽는 시간[:：]? ?\d+분",
}
_READING_TIME_LINE = keyscan.compile_gated(
    rf"^\W*(?:{'|'.join(READING_TIME_LABELS.values())})\W*$", re.I, name="patterns._READING_TIME_LINE"
)
BUTTON_REASON = "button label"
OUTSIDE_REASON = "outside the article text"
_LABEL_VAGUE = (OUTSIDE_REASON, BUTTON_REASON, "call-to-action phrase", "site furniture")
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
# A line of hashtags alone ("#Uganda #LakeVictoria #Kasenyi"), or of two or more spaced as
# Forem prints a post's tags ("# postgres # devops # rails"): a video's or a post's tags, no
# sentence of the text (a Markdown heading has one "#" run, "# Getting started"; "#1" has no letter).
_HASHTAGS_ONLY = re.compile(r"^(?:#[^\W\d_][\w-]*[\s,]*)+$|^(?:#\s[^\W\d_][\w-]*\s*){2,}$")
HASHTAGS_REASON = "hashtags"
# Diagnostics a web server printed into the page (PHP's "Warning: ... in /var/www/x.php on line
# 12", the "Stack trace:" / "#0 /path/file.php(12): f()" lines of an uncaught exception): never
# the page's text, often above its <title> line or glued to a date line.
_SERVER_ERROR = re.compile(
    r"^(?:PHP )?(?:Warning|Notice|Deprecated|Strict Standards|(?:Catchable |Recoverable )?Fatal error|Parse error)"
    r"\s*:\s.*\bin\s+(?:/|[A-Za-z]:\\|\S+\.php\b)\S*\s+on\s+line\s+\d+\b|"
    r"^(?:Stack trace:|#\d+\s+(?:\{main\}|\S+\(\d+\):\s)|thrown in\s+\S+\s+on\s+line\s+\d+)"
)
_SERVER_ERROR_KEYS = (" on line ", "Stack trace:", "{main}")  # cheap test before the regex
SERVER_ERROR_REASON = "server error message (PHP warning or stack trace)"
# English dates (month and day either way round, with marks, ISO 8601): pubdate's, which the
# envelope's header dates are read with too (`_find_date` is pubdate.find_english_date).
_MONTHS = pubdate.ENGLISH_MONTH_NAMES
_DATE_MDY = pubdate.DATE_MDY
_DATE_DMY = pubdate.DATE_DMY
_DATE_ISO = pubdate.DATE_ISO
# Dates the English patterns above miss, for telling a metadata line from a heading or a body
# line (`_date_or_time_line`; the published date comes from `_find_date`, then `pubdate`): day,
# month name and year in the other languages of the corpora and the trial ("15 октября 2023",
# "8 जुलाई 2024", "8. Juli 2024", "8 de julio de 2024"), numeric dates ("08.07.2024",
# "2023/10/08"), Chinese, Japanese and Korean ones ("2023年10月08日", "2023년 10월 8일"). The
# month names are CLDR's (`pubdate.month_names`, indexer/data/months.json), longest first.
# (as a prefix tree, `trie_alternation`: ~1,900 names and abbreviations, which a flat alternation
# tried one by one after every day's figure)
_MONTH_NAMES_INTL = (
    trie_alternation({*pubdate.month_names(), *pubdate.month_prefixes(), *pubdate.unaccented_month_names()})
    + "|"
    + _MONTHS
)
# A year's first two figures in ASCII, Arabic-Indic, Persian or full-width digits (`\d` takes
# any script's digits, as pubdate reads them: `pubdate.ascii_digits`)
_CENTURY = "(?:19|20|١٩|٢٠|۱۹|۲۰|１９|２０)"
_DATE_OTHER = re.compile(
    # (Maltese "18 ta' Novembru 2025", an Arabic comma after the month: "18 نوفمبر، 2025")
    rf"(?<![\w.])\d{{1,2}}\.?\s+(?:de\s+|ta['’]\s+)?(?:{_MONTH_NAMES_INTL})\.?[,،]?\s+(?:de\s+)?{_CENTURY}\d\d(?!\d)|"
    rf"(?<![\w.])\d{{1,2}}(?P<s>[-/.])(?:{_MONTH_NAMES_INTL})(?P=s)(?:19|20)\d\d(?!\d)|"
    # month first, the day's comma before the year ("noviembre 18, 2025", pubdate's)
    # (the lookahead first: the names' alternation tried at every word was slow on long text)
    rf"(?<![\w.])(?=[^\W\d_][^\s\d,.]{{0,14}}\.?\s+\d{{1,2}}[,،]\s)(?:{_MONTH_NAMES_INTL})\.?\s+\d{{1,2}}[,،]\s+(?:19|20)\d\d(?!\d)|"
    rf"(?<![\d.])(?:\d{{1,2}}[./]\d{{1,2}}[./]{_CENTURY}\d\d|(?:19|20)\d\d[./]\d{{1,2}}[./]\d{{1,2}})(?![\d.])|"
    rf"{_CENTURY}\d\d\s*[年년]\s*\d{{1,2}}\s*[月월]\s*\d{{1,2}}\s*[日일]|"
    # year first, as Hungarian, Lithuanian and Latvian write it ("2025. november 12.", "2025 m.
    # lapkričio 12 d.", "2025. gada 12. novembris"; pubdate's _YEAR_MONTH_DAY)
    rf"(?<![\w.])(?:19|20)\d\d(?:\.|\s+m\.)\s+(?:{_MONTH_NAMES_INTL})\.?\s+\d{{1,2}}(?!\d)|"
    rf"(?<![\w.])(?:19|20)\d\d\.\s+gada\s+\d{{1,2}}\.\s+(?:{_MONTH_NAMES_INTL})(?!\w)",
    re.I,
)
_FIGURE = re.compile(r"\d")


@text_memo
def date_other(text: str) -> re.Match[str] | None:
    """`_DATE_OTHER.search(text)`, not run on a text without a figure (`\\d`, as the pattern's): each
    of its date forms has the year in figures, and the search tries its seven branches from every
    character (75 µs a line of the wild pages; 4 lines of 5 have no figure)."""
    return _DATE_OTHER.search(text) if _FIGURE.search(text) else None


# A field of a profile or post whose value is a month and year ("Joined: March 2015",
# "Mitglied seit: Juli 2019"): a month and year alone in a line is a heading's worth of words.
_MONTH_YEAR_FIELD = re.compile(rf"^[^\W\d][\w .'-]{{0,30}}:\s*(?:{_MONTH_NAMES_INTL})\.?\s+(?:19|20)\d\d$", re.I)
# Words that announce a page's date, in the languages of `pubdate` (the trial's "Publié le",
# "Veröffentlicht am", "Actualizado el"): a line opening with one is a date line when it holds a
# date, and a byline's names end before one. Written by hand (CLDR has no such words).
_DATE_CUE_WORDS = (
    "published|updated|posted|last updated|first published|"
    "veröffentlicht|aktualisiert|zuletzt aktualisiert|erschienen|"
    "publié|mis à jour|modifié|actualisé|publicado|actualizado|atualizado|pubblicato|aggiornato|"
    "gepubliceerd|bijgewerkt|geplaatst|opublikowano|zaktualizowano|publikováno|aktualizováno|"
    "publicerad|publiceret|publisert|uppdaterad|opdateret|oppdatert|julkaistu|päivitetty|"
    "опубликовано|обновлено|оновлено|опубліковано|"
    # Turkish, Hungarian, Romanian, Catalan, Greek, Slovak, Croatian/Serbian/Slovenian, Bulgarian,
    # Lithuanian, Latvian, Estonian "published" / "updated" labels (trial 17: "12.11.2025 -
    # Güncelleme : 12.11.2025", a Turkish agency's, was read as a life's span)
    "yayınlanma|yayın tarihi|güncelleme|güncellenme|son güncelleme|güncellendi|közzétéve|frissítve|"
    "utoljára frissítve|publicat|actualizat|ultima actualizare|actualitzat|δημοσιεύθηκε|δημοσίευση|"
    "ενημερώθηκε|ενημέρωση|τελευταία ενημέρωση|publikované|aktualizované|objavljeno|ažurirano|"
    "posodobljeno|публикувано|обновено|актуализирано|paskelbta|atnaujinta|publicēts|atjaunināts|"
    "avaldatud|uuendatud|"
    # Korean "entered" / "modified" / "registered" / "approved" (a news site's 입력 ... 수정 ...),
    # Japanese "published" / "updated" / "distributed", Chinese "release time" / "published" /
    # "updated" (trial 14's Korean date line was kept as body)
    "기사입력|입력|최종수정|수정|등록|승인|업데이트|"
    "公開日|公開|更新日時|更新日|更新|配信|発行|掲載|投稿日|"
    "发布时间|发布日期|发布|發佈時間|發布時間|发表时间|更新时间|"
    # every language of `chromewords.LANGUAGES`: its "published" and "date of publication" labels
    # and its "updated" ones ("Data publikacji:", "Дата публикации:", "نشر في", "Foilsithe")
    # (an Arabic label glued to the byline's names was kept in them), and Indonesian's and Malay's
    + chromewords.labels(chromewords.PUBLISHED_LABEL)
    + "|"
    + chromewords.labels(chromewords.UPDATED_LABEL)
    + "|diterbitkan|dipublikasikan|diperbarui|diperbaharui|tanggal terbit|terbit|diterbitkan pada|dikemaskini"
)
# (as a prefix tree: a flat alternation of its ~250 words was tried word by word at every space
# of a byline's names, `_NAMES_END`)
_DATE_CUES = trie_alternation(_DATE_CUE_WORDS.split("|"))
_DATE_CUE = re.compile(rf"^(?:{_DATE_CUES}|date|datum|fecha|data|stand|on)\b", re.I)
# The cues of a page's first publication among `_DATE_CUES` (not its updates): a date so cued
# above the text is the page's own, before an extractor's guess (`_published_line`).
_PUBLISHED_CUES = (
    "published|posted|first published|veröffentlicht|erschienen|publié|publicado|pubblicato|"
    "gepubliceerd|geplaatst|opublikowano|publikováno|publicerad|publiceret|publisert|julkaistu|"
    "опубликовано|опубліковано|yayınlanma|yayın tarihi|közzétéve|publicat|δημοσιεύθηκε|δημοσίευση|"
    "publikované|objavljeno|публикувано|paskelbta|publicēts|avaldatud|"
    + chromewords.labels(chromewords.PUBLISHED_LABEL)
    + "|diterbitkan|dipublikasikan|tanggal terbit|terbit"
)
# "Published by SITE on DATE." (an obituary's or a syndicated story's line, trial13), "Published
# in PAPER on DATE." (a newspaper's obituary, trial 17): the cue, the publisher after a by-word or
# an in-word, the date after an on-word, in the languages of `_DATE_CUES`; a date line, not a
# sentence, though it ends with a full stop. (Bounded lazy parts: no backtracking blow-up.)
_PUBLISHED_BY = re.compile(
    rf"^(?:{_PUBLISHED_CUES})\s+(?:by|par|por|von|da|di|door|av|af|przez|od|"
    r"in|im|in der|dans|en|em|no|na|nel|nella|sur|i|w)\s+[^\n]{2,60}?\s+"
    r"(?:on|le|el|am|il|em|op|på|w|dne|den)\s+(?P<date>[^\n]{4,40}?)\s*\.?$",
    re.I,
)


# "Published on DATE by NAME", "Written 8 November 2017 by the staff at our store." (a post's
# date line, its by-word's part any words: a desk's, a shop's staff): the cue, the date, the
# by-word (`chromewords.DATED_BY_WORD`), in the languages of `_PUBLISHED_CUES` and
# `chromewords.WRITTEN_LABEL`.
_CUED_DATE_BY = re.compile(
    rf"^(?:{_PUBLISHED_CUES}|{chromewords.labels(chromewords.WRITTEN_LABEL)})\s*:?\s+"
    rf"(?P<date>[^\n]{{4,40}}?)\s+(?:{_DATED_BY_WORDS})\s+\S[^\n]{{0,80}}$",
    re.I,
)


def _published_by(line: str, cued: bool = False) -> str:
    """The date ('YYYY-MM-DD') of a "Published by SITE on DATE." line (`_PUBLISHED_BY`), or with
    `cued` of a "Written DATE by ..." one too (`_CUED_DATE_BY`: under the headline only, not a
    teaser's over it), '' for any other line."""
    m = _PUBLISHED_BY.match(line.strip()) or (_CUED_DATE_BY.match(line.strip()) if cued else None)
    return _any_date(m.group("date")) if m else ""


# Two dates joined by a dash: a life's span ("April 3, 1938 – January 17, 2025", an
# obituary's) or an event's, no page's date (`_date_span`).
_SPAN_DASH = re.compile(r"\s[-–—]\s|(?<=\d)[–—](?=\w)")


def _date_span(line: str) -> bool:
    """Whether `line` is two dates, each with its year, joined by a dash ("April 3, 1938 –
    January 17, 2025", "3.4.1938 – 17.1.2025"): a span, whose end is no publication date."""
    parts = _SPAN_DASH.split(line.strip(), maxsplit=2)
    # a date and its update's ("12.11.2025 - Güncelleme : 12.11.2025", "3 May 2025 – Updated 4 May
    # 2025") is no span
    return len(parts) == 2 and all(_any_date(p) for p in parts) and not _DATE_CUE.match(parts[1])


# A label alone on its line, its value on the next (GOV.UK's "From:" / "Department for
# Education", "Published" / "4 February 2026"; a definition list's metadata).
_BYLINE_LABEL_ALONE = re.compile(rf"^(?:(?:{_BY_WORDS})\s*:?|(?:{_BY_LABELS}|from)\s*:)$", re.I)
# (with the preposition a date label may end with: "Published on", "Veröffentlicht am", "Publié
# le", "Publicado el", "Pubblicato il", "Gepubliceerd op", "Publicerad den")
_DATE_LABEL_ALONE = re.compile(
    rf"^(?:{_DATE_CUES}|date|datum|fecha|data)(?:\s+(?:on|am|um|le|el|em|il|op|den|dne))?\s*:?$", re.I
)
# A time of day: its figures ("11:48", "9.30", the French "22h15"; or an hour before am/pm), then
# am/pm or "Uhr"/"h", then a time zone's abbreviation ("17:42 BST").
_CLOCK = (
    r"(?:\d{1,2}[:.]\d\d|\d{1,2}h\d\d|\d{1,2}(?=\s*[ap]\.?m\b))(?:\s*(?:[ap]\.?m\.?|uhr|h))?"
    # a zone after it, in brackets or not ("11:55 (IST)", "10:47 BST")
    r"(?:\s*\(?(?:gmt|bst|utc|cet|cest|mez|mesz|eet|eest|et|pt|ist|msk|jst|kst|hkt|sgt|wib)\)?)?"
)
# A time of day alone in a line: a live blog's entry ("11:48"), a post's ("9.30am", "14:30 Uhr"),
# and a live page's time of its last update ("Updated 23:58", "Aktualisiert um 14:30 Uhr").
_TIME_LINE = re.compile(
    rf"^(?:(?:{_DATE_CUES})\s*:?\s*(?:at|um|à|a las|alle)?\s*)?"
    rf"{_CLOCK}(?:\s+(?:updated|edited))?$",
    re.I,
)
# A live post's stamp line that names the post's kind after its time ("22:15 - Update", "22:15
# Uhr – Update", "22h15 - Mise à jour", "10:47 BST | Breaking"): the time (`_CLOCK`), a dash, bar,
# colon or dot, then up to 3 words of letters, no figure nor sentence mark. Alone on its line over
# a post's text it is the post's stamp (`textblocks._live_time_stamp`); read as text it glued
# "22:15 - Update" into the post, which kept the stamp of the post before as its section (trial 16).
_LABELLED_STAMP = re.compile(rf"^{_CLOCK}\s*[-–—|:·•]\s*[^\W\d_]+(?:[ '’-][^\W\d_]+){{0,2}}$", re.I)


def _relative_alternative(pattern: str) -> str:
    """A CLDR relative-time pattern ("{0} minutes ago", "{0}m ago") as a regex alternative: a
    figure of up to 3 digits for "{0}", a space after it or not ("3m ago", "3 m ago")."""
    head, _, tail = pattern.partition("{0}")
    return re.escape(head) + r"\d{1,3} ?" + re.escape(tail.lstrip(" "))


# A page's status line of a relative time, alone or after a date cue ("Updated 3 minutes ago",
# "Aktualisiert vor 5 Minuten", "Il y a 2 heures", "3m ago"), on a line lower-cased with its
# spaces made single: CLDR's past patterns (`pubdate.relative_times`) in the languages of the
# month table and English. trial7: a live blog's "Updated 3 minutes ago" was taken for its
# headline, over the date line, and the headline two lines up was dropped.
_RELATIVE_STATUS = keyscan.compile_gated(
    "^(?:" + "|".join(_relative_alternative(p) for p in longest_first(pubdate.relative_times())) + ")$",
    name="patterns._RELATIVE_STATUS",
)
_STATUS_CUE = re.compile(rf"^(?:{_DATE_CUES}) ?:? ?")  # "Updated", "Aktualisiert:", before the time
RELATIVE_MAX_CHARS = 60  # a status line is a few words ("zuletzt aktualisiert vor 25 minuten")


# English's forms CLDR does not write, on the same lower-cased line: abbreviated units ("3 hrs
# ago", "5 mins ago", "3h ago") and words for the figure ("an hour ago", "a while ago").
_ENGLISH_AGO = re.compile(r"^(?:\d+ ?(?:s|m|h|d|min|mins|hr|hrs)|(?:\d+|an?|one) [a-z]+) ago$")


@text_memo
def _relative_time_line(text: str) -> bool:
    """Whether `text` is one line of a relative time alone, after a date cue or not ("Updated
    3 minutes ago", "vor 5 Minuten", "3m ago", "a while ago"; `_RELATIVE_STATUS`,
    `_ENGLISH_AGO`): a status line or a live post's stamp, never a headline nor the article's
    text. The one recogniser of relative times, for the head, chrome lines and live blogs."""
    if "\n" in text.strip() or len(text) > RELATIVE_MAX_CHARS:
        return False
    if not (_has_figure(text) or text.rstrip(_LINE_STRIP).lower().endswith("ago")):
        return False  # (every pattern but English's "an hour ago" has a figure: a cheap test first)
    line = _STATUS_CUE.sub("", " ".join(text.lower().split()).strip(_LINE_STRIP), count=1)
    return bool(_RELATIVE_STATUS.match(line) or _ENGLISH_AGO.match(line))


# "PRAGUE --", "WASHINGTON (Reuters) -", "NEW YORK, Nov 19 (AP) —", in the capitals of any
# script ("ZÜRICH –", "SÃO PAULO, Brazil —", "САНКТ-ПЕТЕРБУРГ, 12 сен —"): `_dateline_place`
# checks that the place's words are capitals (str.isupper), which `re` has no class for. `when` is
# the part after the place (a state, a date with or without its year: "LONDON, March 3, 2026 (Reuters) -",
# both: "RIO DE JANEIRO, Brazil, March 3 (Reuters) -"). An em or en dash may touch the text
# ("WASHINGTON—The"), a hyphen not ("JEAN-PIERRE").
_DATELINE_CITY = r"[^\W\d_][^\W\d]*(?:[.'’\-][^\W\d]*)*(?:\s+[^\W\d_][^\W\d]*(?:[.'’\-][^\W\d]*)*){0,3}"
# A joint dateline's cities have a slash between them ("SANTIAGO/LONDON, March 11 (Reuters) -").
_DATELINE = re.compile(
    rf"^(?P<place>{_DATELINE_CITY}(?:/{_DATELINE_CITY}){{0,3}})"
    r"(?P<when>(?:,\s*[^\W_][\w.]*(?:\s+[\w.]+){0,2}){1,2}(?:,\s*(?:19|20)\d\d)?)?(?:\s*\((?P<agency>[^)]{1,30})\))?"
    r"\s*(?:(?:--|—|–|-)\s+\S|[—–](?P<tight>\S))"
)


def _dateline_place(text: str) -> str:
    """The place of a dateline opening `text` (`_DATELINE`: "ZÜRICH – ..." -> "ZÜRICH"), '' when
    none: every word of the place two letters or more and in capitals (of any script)."""
    m = _DATELINE.match(text)
    if not m:
        return ""
    place = m.group("place")
    if _caseless_place(place, m) or _agency_place(place, m):
        return place.strip(" .,")
    if any(len(w) < 2 or not w.isupper() for w in place.split()) or len(place) < 3:
        return ""
    if m.group("tight") and not m.group("tight").isupper():  # "WASHINGTON—The", not "NATO—which"
        return ""
    return place.strip(" .,")


# A news agency's name as its datelines write it after the place, in capitals or not ("Berlin
# (dpa) -", "Frankfurt/Main (dpa/lhe) -", "Wien (APA) -", "Madrid (EFE) -"): the agencies of the
# languages the project indexes, with a regional desk's code after a slash.
_AGENCIES = (
    r"dpa|afp|ap|reuters|aa|efe|apa|ansa|agi|kna|epd|sda|ats|keystone-sda|belga|anp|pap|čtk|ctk|tass|"
    r"ria novosti|interfax|ukrinform|xinhua|kyodo|yonhap|pti|ians|anadolu|dha|iha|lusa|europa press|"
    r"tt|ntb|ritzau|stt|mti|hina|bta|agerpres|mena|wafa|bernama|antara|aap|cp|kuna|spa|irna|ap/dpa|afp/dpa"
)
_AGENCY = re.compile(rf"^(?:{_AGENCIES})(?:/[\w-]{{1,6}})*$", re.I)
AGENCY_PLACE_MAX_WORDS = 3  # "Frankfurt am Main", "Halle an der Saale" is four: the place's name is short
# A byline of an editor's initials and the agency whose copy the story is ("Von: det/dpa", "By
# jkr/AFP"): no name in capitals, so no `_BY_LINE`'s; the byline is written as the page has it
# (as the metadata's "det/dpa" is, `textblocks._meta_authors`). A wild tuning page's "Von: det/dpa"
# was a heading, and the section of every paragraph under it.
_BY_DESK_WIRE = re.compile(
    rf"^(?:{_BY_WORDS})(?:\s*+:\s*+|\s++)(?P<names>[^\W\d_]{{2,4}}\s*+/\s*+(?:{_AGENCIES}))\s*+$",
    re.I,
)


def _agency_place(place: str, m: re.Match[str]) -> bool:
    """Whether a dateline's `place` (of `_DATELINE`'s match `m`), not in capitals, is one: a news
    agency's name in brackets after it (`_AGENCY`: "Frankfurt/Main (dpa) -"), every word of it
    capitalised or a short particle ("am", "an der"), up to AGENCY_PLACE_MAX_WORDS words."""
    agency = m.group("agency")
    if not agency or not _AGENCY.match(agency.strip()) or m.group("tight"):
        return False
    words = place.split()
    return (
        0 < len(words) <= AGENCY_PLACE_MAX_WORDS
        and words[0][0].isupper()
        and all(w[0].isupper() or (w.islower() and len(w) <= 3) for w in words)
    )


CASELESS_PLACE_MAX_WORDS = 2  # "الإسكندرية -", "دار السلام -": a city; a clause before a dash is longer
CASELESS_PLACE_MAX_CHARS = 25  # a script without spaces between words writes a clause as one "word"


def _caseless_place(place: str, m: re.Match[str]) -> bool:
    """Whether a dateline's `place` (of `_DATELINE`'s match `m`) is written in a script without
    capitals (Arabic, Hebrew: "الإسكندرية - افتتحت ...", trial 8), where no capitals tell a place
    from a sentence's first words: every letter caseless (models.CASELESS), at most
    CASELESS_PLACE_MAX_WORDS words, no date after it, and a dash set apart by spaces."""
    words = place.split()
    return (
        0 < len(words) <= CASELESS_PLACE_MAX_WORDS
        and not m.group("when")
        and not m.group("tight")
        and all(c.lower() == c.upper() and not c.isascii() for c in place if c.isalpha())
        and 3 <= len(place) <= CASELESS_PLACE_MAX_CHARS
    )


# A wire story's dateline in Chinese, Japanese and Korean papers: the date or place and the
# agency in brackets ("【6月18日 AFP】", "［東京 18日 ロイター］", "【北京共同】", "(서울=연합뉴스)"),
# or Xinhua's and China News Service's "新华社北京6月18日电" / "中新网6月18日电". AFPBB, Reuters
# Japan, Kyodo, Yonhap and Xinhua write them so.
_CJK_DATELINE = re.compile(
    r"^(?:[【\[［(（][^】\]］)）\n]{0,24}?(?:AFP|ロイター|共同|時事|時事通信|新华社|新華社|中新社|"
    r"Reuters|AP|EFE|dpa|CNN|Bloomberg|ブルームバーグ|연합뉴스|뉴시스|뉴스1)\s*[】\]］)）]|"
    r"(?:新华社|新華社|中新社|中新网|中新網)[^\s，。,]{0,16}?[电電])"
)


def dateline_end(text: str) -> int:
    """Where a dateline opening `text` ends (`_dateline_place`'s "PARIS (AFP) - ", a CJK wire
    story's "【6月18日 AFP】", `_CJK_DATELINE`), 0 when it opens with none: the agency named
    there is the story's source, not a picture's credit."""
    if m := _CJK_DATELINE.match(text):
        return m.end()
    if _dateline_place(text) and (m := _DATELINE.match(text)):
        return m.end() - 1  # the match takes the text's first character after the dash
    return 0


def _dateline_date(text: str) -> str:
    """The date of a dateline opening `text` (`_DATELINE`): "LONDON, March 3, 2026 (Reuters) -" ->
    "2026-03-03"; "LONDON, March 3 (Reuters) -" -> "--03-03" (no year: `_year_for` gives it one);
    '' when it opens with none or names no date ("BUFFALO, N.Y. —")."""
    m = _DATELINE.match(text)
    when = (m.group("when") or "") if m else ""
    return (_any_date(when) or pubdate.month_day(when)) if when else ""


# A newswire's dateline opening a press release, with its date: "BOSTON, Mass., Sept. 8, 2025
# /PRNewswire/ --", "TORONTO, Sept. 8, 2025 (GLOBE NEWSWIRE) --", "BERLIN, 8. September 2025
# /PRNewswire/ --", "AUSTIN, TX, UNITED STATES, September 8, 2025 /EINPresswire.com/ --", and
# Business Wire's "SAN FRANCISCO--(BUSINESS WIRE)--Sept. 8, 2025--".
_WIRE_NAME = (
    r"[^/()\n]{0,20}(?:newswire|news wire|business wire|presswire|accesswire|marketwired|prweb|newsfile|cnw)"
    r"[^/()\n]{0,20}"
)
_WIRE_DATELINE = re.compile(
    rf"^(?P<place2>[A-Z][\w.'’ ,-]{{1,60}}?)\s*--\s*\({_WIRE_NAME}\)\s*--\s*(?P<date2>[^-\n]{{6,30}}?)\s*--|"
    rf"^(?P<place>[A-Z][\w.'’ -]{{1,40}}?)(?P<date>(?:,\s*[^,/()\n]{{1,30}}?){{1,5}})\s*"
    rf"(?:/{_WIRE_NAME}/|\({_WIRE_NAME}\))\s*(?:--|—|–|-)\s*\S",
    re.I,
)


def _wire_dateline(text: str) -> tuple[str, str]:
    """(place, 'YYYY-MM-DD') of a newswire's dateline opening `text` (`_WIRE_DATELINE`: "BOSTON,
    Mass., Sept. 8, 2025 /PRNewswire/ --" -> ("BOSTON", "2025-09-08")); a date without its year
    as '--MM-DD' ("Sept. 8 /PRNewswire/": `_year_for` gives it one); ('', '') when it opens with
    none or names no date."""
    head = text[:200].lower()
    if "wire" not in head and not any(k in head for k in _WIRE_KEYS):  # (a text asked once: no scan)
        return "", ""
    m = _WIRE_DATELINE.match(text)
    if not m:
        return "", ""
    when = m.group("date") or m.group("date2") or ""
    date = _any_date(when) or pubdate.month_day(when)
    # the city, as in "BOSTON, Mass.": the state or country after it is no part of the dateline's place
    return ((m.group("place") or m.group("place2")).split(",")[0].strip(" .-"), date) if date else ("", "")


_WIRE_KEYS = ("presswire", "prweb", "newsfile", "cnw")
_HEADING_PUNCT_END = re.compile(rf"[.,;!…:]{AFTER_SENTENCE_MARK}$")  # a closing quote or bracket may follow
# An interviewer's turn, labelled as such ("Q: Why the sea?", "Frage: ...", "Вопрос: ..."):
# the question is the article's text, and a sentence even when short and ending in "?", which
# a heading may too ("What happens next?").
_INTERVIEW_QUESTION = re.compile(
    r"^((?:Q|Question|Frage|Pregunta|Pergunta|Domanda|Вопрос|Питання|F|P|В)\s*:|Q\.)\s*\S", re.I
)
# A transcript's turn: its speaker's label, one or two capitalised words and a colon ("CLARA:
# What do you look for?", "Tomasz Wrobel: Thanks ..."); a question so labelled is a sentence,
# not a heading, where the block before or after it opens with a label too (`_transcript_turn`).
# (Not a labelled line without a question mark: "Precht: Selbstfahrendes Auto wird ..." heads
# an interview, "Thema: ..." an event's listing.)
_SPEAKER_TURN = re.compile(rf"[{UPPER}][\w'’.-]*+(?: [{UPPER}][\w'’.-]*+)?:[ \t]++\S")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)(?:\s+#+)?\s*$")
_BLANK_LINE = re.compile(r"\n[ \t\u00a0\u200b]*\n")
# A byline's own place after its names ("By Jane Doe in Calloway", "Por Ana Ruiz en Cádiz",
# "Par Claire Dubois à Lyon", "Von Anna Schmidt aus Bonn"): the dateline, no part of the names
# (`_byline_place`); up to four capitalised words and particles, and a state or country after a comma.
_PLACE_WORD = rf"(?-i:[{UPPER}])[\w'’.-]*"
_BYLINE_PLACE = re.compile(
    rf"\s(?:in|en|à|aus|from|desde)\s+(?P<place>{_PLACE_WORD}(?:\s+(?:{_PLACE_WORD}|de|del|la|le|do|dos|da)){{0,3}}?)"
    rf"(?:,\s*{_PLACE_WORD}(?:\s+{_PLACE_WORD})?)?\s*(?:$|[|•·—–-]\s|,?\s+\d)"
)
# (a capitalised "On" too, right before a date in figures: "By NAME On 11/13/19 at 4:00 PM")
# (and at a field's label after them: a recipe card's "Recipe by NAME Course: Main Cuisine: ...")
_NAMES_END = re.compile(
    rf"\s(?=\d)|\s[|•·—–-]\s|\son\b|\sOn\s(?=\d)|\s(?i:{_DATE_CUES})\b|\s(?=[^\W\d_]{{2,20}}:\s)|{_BYLINE_PLACE.pattern}"
)
# (not from a run of white space's second character on, each run taken whole: linear in the line)
_NAMES_SPLIT = re.compile(r"(?!(?<=\s)\s)\s*+(?:,|\band\b|&|\|)\s*+")
_ROLE_WORD = re.compile(rf"\b(?:writer|reporter|correspondent|editor|staff|{_DATE_CUES})\b", re.I)
_LINE_STRIP = " .:»›>|•"


_ASCII_DIGIT = re.compile("[0-9]")


def _has_figure(text: str) -> bool:
    """Whether `text` holds a digit (of any script, `str.isdigit`): ASCII text by a search for
    0-9 (its only digits), other text character by character in C (`map`), not a generator."""
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    return any(map(str.isdigit, text))


# Whether a block's lower-cased text holds any of a set of keys: the cheap pre-check before a
# big regex, every set's keys found in one pass over the text (`keyscan`).
_has_any = keyscan.has_any


def _any_date(text: str) -> str:
    """The first date of TEXT as 'YYYY-MM-DD': English or ISO (`_find_date`), else in another
    language or in figures (`pubdate.find_date`: "12. März 2025", "12.03.2025"); '' when none."""
    return _find_date(text) or pubdate.find_date(text)


_find_date = pubdate.find_english_date  # (named here too: the segmenter's stages import it so)


def has_day(text: str) -> bool:
    """Whether `text` names a day in figures: a date (`pubdate.find_date`) or a month and day
    without a year (`pubdate.month_day`: "14 may", "4 févr."); none in a text without a figure
    (the cheap test first). A comment's head and a post's meta row are read so."""
    return _has_figure(text) and bool(pubdate.find_date(text) or pubdate.month_day(text))


# A page's own date stamp, a line of its foot: an agency's or a council's "Stand: 03.11.2025", GOV.UK's
# "Page last reviewed: 4 March 2025", "Zuletzt aktualisiert am ...", "Dernière mise à jour : ...".
# Written for the project from such pages in the languages it meets.
_STAMP = re.compile(
    r"^(?:stand|stand vom|zuletzt (?:aktualisiert|geändert)|letzte (?:aktualisierung|änderung)|"
    r"(?:page )?last (?:updated|reviewed|modified)|page updated|dernière mise à jour|mis à jour le|"
    r"última (?:actualización|modificación|atualização)|ultimo aggiornamento|aggiornato al|"
    r"laatst (?:bijgewerkt|gewijzigd)|ostatnia (?:aktualizacja|modyfikacja)|stan na|"
    # Nordic councils' and agencies' foot: "Publicerad: 2025-11-18 / Senast uppdaterad: ..." (trial
    # 17); a publication cue only as a label (a colon after it), so no teaser's "Published 3 May"
    r"senast (?:uppdaterad|ändrad)|senest (?:opdateret|ændret)|sist (?:oppdatert|endret)|"
    r"viimeksi päivitetty|(?:publicerad|publiceret|publisert|julkaistu|published|veröffentlicht|publié|"
    r"publicado|pubblicato|gepubliceerd|opublikowano|publikováno|közzétéve|publicat)(?=\s*:))"
    r"\b[\s:]*(?:am|on|le|el|il|op|dnia|em|den)?\s*\S",
    re.I,
)
STAMP_MAX_WORDS = 10


def is_stamp(line: str) -> bool:
    """Whether `line` is a page's own date stamp (`_STAMP`: "Stand: 03.11.2025", "Laatst
    gewijzigd: 9 januari 2023"), of STAMP_MAX_WORDS words at most, with a date."""
    return len(line.split()) <= STAMP_MAX_WORDS and bool(_STAMP.match(line)) and bool(_any_date(line))


# A list item's marker and the word after it (a date line opens with its date or a cue).
_LIST_ITEM = re.compile(r"[-•*▪]\s+\S")
# A period's end before a date: a date line dates the page, a results table's label its figures.
_PERIOD_END = re.compile(r"\b(?:ended|ending|ends?|to)\s+(?:[A-Z][a-z]{2,8}\.?\s+)?\d", re.I)


def dates_its_figures(text: str) -> bool:
    """Whether a short line's date is its figures', not the page's: a list's item ("- 8 pct
    bonds due July 1, 1990,": a Reuters issue's maturities) or a period's end (a results
    table's "Year to December 31, 1986", "Six months ended March 31, 1987"). Read as date lines,
    40 Reuters stories of 1987 were dated 1986 to 2011 and the lines dropped."""
    return bool(_LIST_ITEM.match(text) or _PERIOD_END.search(text))
