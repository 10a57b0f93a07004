"""A blog engine's template chrome, told by the engine's own UI strings in the languages it speaks.

A post on Blogger (and on WordPress, Ghost or Medium themes that copy its layout) is framed by
strings the platform prints itself, the same on every blog in one language: the post footer
("Posted by NAME at 09:12"), the labels line ("Labels: ..."), the share row ("Email This BlogThis!
Share to X"), the pager ("Newer Post Older Post Home"), the comment count ("3 comments:"), the
feed links ("Subscribe to: Post Comments (Atom)"), the sidebar's gadgets ("Blog Archive" over
"► 2025 (12)", "About Me" / "View my complete profile", "Popular Posts") and the attribution
("Simple theme. Powered by Blogger."). A page saved as plain text keeps them as short lines that
read like anything, in a language the segmenter's other vocabularies may not cover (trial 17:
a Romanian Blogger post was kept whole, blog name to footer).

Source of the table: Blogger's interface strings (its template messages `data:messages.*` and the
widgets' default titles) as the platform prints them in each language it is translated into; the
English WordPress, Ghost and Medium defaults are added to the English row. The strings are matched
case-insensitively, as whole phrases.

`blog_chrome(text)` says which of these a line or block is ("" when none); `post_footer_name`
gives the author named by a post footer; `POSTED_LABELS` are its "Posted by" words. Stdlib
only; the patterns are compiled once.
"""

from __future__ import annotations

import re

from . import keyscan
from .models import text_memo

# One row a language: the template's strings by role. Roles:
#   posted: the post footer's "Posted by" (NAME follows); at: its word before the time
#   labels: the label list's label (a colon follows); subscribe: the feed link's label (a colon follows)
#   count: the comment count's noun ("3 comments:"); none: "No comments"; post: the comment form's link
#   pager: the links to the newer and older post and the blog's home
#   share: the share row's buttons; gadget: the sidebar's gadget titles; profile: the profile's link
#   powered: the attribution line
_UI: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "posted": ("posted by",),
        "at": ("at", "on"),
        "labels": ("labels", "tags", "categories"),
        "subscribe": ("subscribe to",),
        "count": ("comments?", "responses?"),
        "none": ("no comments",),
        "post": ("post a comment", "leave a comment", "leave a reply"),
        "pager": ("newer posts?", "older posts?", "home", "previous post", "next post"),
        "share": (
            "email this",
            "blogthis!",
            "share to (?:twitter|x|facebook|pinterest)",
            "share",
            "get link",
            "other apps",
        ),
        "gadget": (
            "blog archive",
            "about me",
            "popular posts",
            "search this blog",
            "report abuse",
            "archives",
            "recent posts",
            "recent comments",
            "followers",
            "labels",
            "contributors",
            "total pageviews",
        ),
        "profile": ("view my complete profile",),
        "powered": (
            "powered by (?:blogger|wordpress|ghost)",
            "proudly powered by wordpress",
            "published with ghost",
            "theme images by",
        ),
    },
    "ro": {
        "posted": ("publicat de", "postat de"),
        "at": ("la",),
        "labels": ("etichete",),
        "subscribe": ("abonați-vă la", "abonare la"),
        "count": ("comentarii", "comentariu"),
        "none": ("niciun comentariu",),
        "post": ("postați un comentariu", "trimiteți un comentariu"),
        "pager": ("postare mai nouă", "postare mai veche", "pagina de pornire", "pagina principală"),
        "share": (
            "trimiteți prin e-mail",
            "postați pe blog!",
            "distribuiți pe (?:twitter|x|facebook|pinterest)",
            "distribuiți",
            "obțineți linkul",
            "alte aplicații",
        ),
        "gadget": ("arhivă blog", "arhiva blogului", "despre mine", "postări populare", "căutați în acest blog"),
        "profile": ("vizualizați profilul meu complet",),
        "powered": ("susținut de blogger", "un produs blogger", "tema simplă", "imaginile temei"),
    },
    "de": {
        "posted": ("eingestellt von", "gepostet von"),
        "at": ("um",),
        "labels": ("labels",),
        "subscribe": ("abonnieren",),
        "count": ("kommentare", "kommentar"),
        "none": ("keine kommentare",),
        "post": ("kommentar veröffentlichen", "kommentar posten"),
        "pager": ("neuerer post", "älterer post", "startseite", "neuere posts", "ältere posts"),
        "share": (
            "diesen post per e-mail versenden",
            "blogthis!",
            "in (?:twitter|x|facebook) freigeben",
            "auf pinterest teilen",
            "link abrufen",
            "weitere apps",
        ),
        "gadget": ("blog-archiv", "über mich", "beliebte posts", "dieses blog durchsuchen", "missbrauch melden"),
        "profile": ("mein profil vollständig anzeigen",),
        "powered": ("bereitgestellt von blogger", "powered by blogger", "design: einfach", "bilder des designs von"),
    },
    "fr": {
        "posted": ("publié par",),
        "at": ("à",),
        "labels": ("libellés",),
        "subscribe": ("s'abonner à", "s’abonner à"),
        "count": ("commentaires", "commentaire"),
        "none": ("aucun commentaire",),
        "post": ("publier un commentaire", "enregistrer un commentaire"),
        "pager": (
            "article plus récent",
            "article plus ancien",
            "accueil",
            "articles plus récents",
            "articles plus anciens",
        ),
        "share": (
            "envoyer par e-mail",
            "blogthis!",
            "partager sur (?:twitter|x|facebook|pinterest)",
            "obtenir le lien",
            "autres applications",
        ),
        "gadget": (
            "archives du blog",
            "qui êtes-vous ?",
            "à propos de moi",
            "articles les plus consultés",
            "rechercher dans ce blog",
            "signaler un abus",
        ),
        "profile": ("afficher mon profil complet",),
        "powered": ("fourni par blogger", "thème simple", "images de thèmes de"),
    },
    "es": {
        "posted": ("publicado por",),
        "at": ("en", "a las"),
        "labels": ("etiquetas",),
        "subscribe": ("suscribirse a",),
        "count": ("comentarios", "comentario"),
        "none": ("no hay comentarios",),
        "post": ("publicar un comentario",),
        "pager": ("entrada más reciente", "entrada antigua", "entradas más recientes", "entradas antiguas", "inicio"),
        "share": (
            "enviar por correo electrónico",
            "escribe un blog",
            "compartir con (?:twitter|x|facebook|pinterest)",
            "obtener enlace",
            "otras aplicaciones",
        ),
        "gadget": ("archivo del blog", "datos personales", "sobre mí", "entradas populares", "buscar este blog"),
        "profile": ("ver todo mi perfil",),
        "powered": ("con la tecnología de blogger", "tema sencillo", "imágenes del tema"),
    },
    "pt": {
        "posted": ("postado por", "publicada por", "publicado por"),
        "at": ("às", "à\\(s\\)"),
        "labels": ("marcadores", "etiquetas"),
        "subscribe": ("assinar", "subscrever"),
        "count": ("comentários", "comentário"),
        "none": ("nenhum comentário", "sem comentários"),
        "post": ("postar um comentário", "enviar um comentário"),
        "pager": (
            "postagem mais recente",
            "postagem mais antiga",
            "mensagem mais recente",
            "mensagem antiga",
            "página inicial",
        ),
        "share": (
            "enviar por e-mail",
            "postar no blog!",
            "dê a sua opinião!",
            "(?:compartilhar|partilhar) n[oa] (?:twitter|x|facebook|pinterest)",
            "gerar link",
            "outros apps",
        ),
        "gadget": (
            "arquivo do blog",
            "arquivo do blogue",
            "quem sou eu",
            "acerca de mim",
            "postagens populares",
            "mensagens populares",
            "pesquisar este blog",
        ),
        "profile": ("visualizar meu perfil completo", "ver o meu perfil completo"),
        "powered": ("tecnologia do blogger", "com tecnologia do blogger", "tema simples"),
    },
    "it": {
        "posted": ("pubblicato da",),
        "at": ("alle",),
        "labels": ("etichette",),
        "subscribe": ("iscriviti a",),
        "count": ("commenti", "commento"),
        "none": ("nessun commento",),
        "post": ("posta un commento",),
        "pager": ("post più recente", "post più vecchio", "home page"),
        "share": (
            "invia tramite email",
            "postalo sul blog",
            "condividi su (?:twitter|x|facebook|pinterest)",
            "ottieni link",
            "altre app",
        ),
        "gadget": ("archivio blog", "informazioni personali", "post più popolari", "cerca nel blog"),
        "profile": ("visualizza il mio profilo completo",),
        "powered": ("tecnologia di blogger", "tema semplice"),
    },
    "nl": {
        "posted": ("gepost door", "geplaatst door"),
        "at": ("op", "om"),
        "labels": ("labels",),
        "subscribe": ("abonneren op",),
        "count": ("reacties", "opmerkingen", "reactie"),
        "none": ("geen opmerkingen", "geen reacties"),
        "post": ("een reactie posten", "een reactie plaatsen"),
        "pager": ("nieuwere post", "oudere post", "homepage", "startpagina"),
        "share": (
            "dit e-mailen",
            "dit bloggen!",
            "delen op (?:twitter|x|facebook|pinterest)",
            "link ophalen",
            "andere apps",
        ),
        "gadget": ("blogarchief", "over mij", "populaire posts", "zoeken in deze blog"),
        "profile": ("mijn volledige profiel tonen",),
        "powered": ("mogelijk gemaakt door blogger", "thema eenvoudig"),
    },
    "pl": {
        "posted": ("opublikowane przez", "autor:"),
        "at": ("o",),
        "labels": ("etykiety",),
        "subscribe": ("subskrybuj",),
        "count": ("komentarze", "komentarzy", "komentarz"),
        "none": ("brak komentarzy",),
        "post": ("prześlij komentarz", "opublikuj komentarz"),
        "pager": ("nowszy post", "starszy post", "strona główna"),
        "share": (
            "wyślij pocztą e-mail",
            "wrzuć na bloga",
            "udostępnij w usłudze (?:twitter|x|facebook)",
            "udostępnij na pintereście",
            "pobierz link",
            "inne aplikacje",
        ),
        "gadget": ("archiwum bloga", "o mnie", "popularne posty", "szukaj na tym blogu"),
        "profile": ("wyświetl mój pełny profil",),
        "powered": ("obsługiwane przez usługę blogger", "motyw prosty"),
    },
    "cs": {
        "posted": ("publikoval(?:a)?", "vystavil(?:a)?"),
        "at": ("v",),
        "labels": ("štítky",),
        "subscribe": ("přihlásit se k odběru",),
        "count": ("komentáře", "komentářů", "komentář"),
        "none": ("žádné komentáře",),
        "post": ("okomentovat", "přidat komentář"),
        "pager": ("novější příspěvek", "starší příspěvek", "domovská stránka"),
        "share": (
            "(?:odeslat|poslat) e-mailem",
            "blogthis!",
            "sdílet (?:na|ve službě) (?:twitter|x|facebook|pinterest)",
            "získat odkaz",
            "další aplikace",
        ),
        "gadget": ("archiv blogu", "o mně", "oblíbené příspěvky", "vyhledat v tomto blogu"),
        "profile": ("zobrazit celý můj profil",),
        "powered": ("používá technologii (?:služby )?blogger",),
    },
    "sk": {
        "posted": ("uverejnil(?:a)?", "zverejnil(?:a)?"),
        "at": ("o", "v"),
        "labels": ("štítky",),
        "subscribe": ("prihlásiť na odber",),
        "count": ("komentáre", "komentárov", "komentár"),
        "none": ("žiadne komentáre",),
        "post": ("zverejnenie komentára", "pridať komentár"),
        "pager": ("novší príspevok", "starší príspevok", "staršie príspevky", "domov", "domovská stránka"),
        "share": ("odoslať e-mailom", "blogthis!", "zdieľať (?:na|v službe) (?:twitter|x|facebook|pinterest)"),
        "gadget": ("archív blogu", "o mne", "obľúbené príspevky"),
        "profile": ("zobraziť celý môj profil",),
        "powered": ("používa technológiu (?:služby )?blogger",),
    },
    "sv": {
        "posted": ("upplagd av", "postat av"),
        "at": ("kl\\.?",),
        "labels": ("etiketter",),
        "subscribe": ("prenumerera på",),
        "count": ("kommentarer", "kommentar"),
        "none": ("inga kommentarer",),
        "post": ("skicka en kommentar",),
        "pager": ("nyare inlägg", "äldre inlägg", "startsida"),
        "share": ("skicka med e-post", "blogthis!", "dela på (?:twitter|x|facebook|pinterest)", "hämta länk"),
        "gadget": ("bloggarkiv", "om mig", "populära inlägg", "sök i den här bloggen"),
        "profile": ("visa hela min profil",),
        "powered": ("använder blogger", "drivs av blogger"),
    },
    "da": {
        "posted": ("skrevet af", "indsendt af", "udgivet af"),
        "at": ("kl\\.?",),
        "labels": ("etiketter",),
        "subscribe": ("abonner på",),
        "count": ("kommentarer", "kommentar"),
        "none": ("ingen kommentarer",),
        "post": ("send en kommentar",),
        "pager": ("nyere indlæg", "ældre indlæg", "startside"),
        "share": (
            "send med mail",
            "send via e-mail",
            "blogthis!",
            "del på (?:twitter|x|facebook|pinterest)",
            "hent link",
        ),
        "gadget": ("blog-arkiv", "blogarkiv", "om mig", "populære indlæg", "søg i denne blog"),
        "profile": ("vis hele min profil",),
        "powered": ("leveret af blogger", "drevet af blogger"),
    },
    "no": {
        "posted": ("lagt inn av", "publisert av"),
        "at": ("kl\\.?",),
        "labels": ("etiketter",),
        "subscribe": ("abonner på",),
        "count": ("kommentarer", "kommentar"),
        "none": ("ingen kommentarer",),
        "post": ("legg inn en kommentar",),
        "pager": ("nyere innlegg", "eldre innlegg", "startsiden"),
        "share": ("send dette via e-post", "blogthis!", "del på (?:twitter|x|facebook|pinterest)", "hent link"),
        "gadget": ("bloggarkiv", "om meg", "populære innlegg", "søk i denne bloggen"),
        "profile": ("vis hele profilen min",),
        "powered": ("drevet av blogger",),
    },
    "fi": {
        "posted": ("lähettänyt", "julkaissut"),
        "at": ("klo",),
        "labels": ("tunnisteet",),
        "subscribe": ("tilaa",),
        "count": ("kommenttia", "kommentti"),
        "none": ("ei kommentteja",),
        "post": ("lähetä kommentti",),
        "pager": ("uudempi teksti", "vanhempi viesti", "uudempi julkaisu", "vanhempi julkaisu", "etusivu"),
        "share": (
            "kohteen lähettäminen sähköpostitse",
            "bloggaa tästä!",
            "jaa (?:twitteriin|x:ään|facebookiin|pinterestiin)",
        ),
        "gadget": ("blogiarkisto", "tietoja minusta", "suositut tekstit", "hae tästä blogista"),
        "profile": ("näytä koko profiilini",),
        "powered": ("blogger-palvelun ylläpitämä",),
    },
    "hu": {
        "posted": ("közzétette:?", "bejegyezte:?"),
        "at": ("dátum:", "időpont:"),
        "labels": ("címkék",),
        "subscribe": ("feliratkozás",),
        "count": ("megjegyzés", "hozzászólás"),
        "none": ("nincsenek megjegyzések", "nincs megjegyzés"),
        "post": ("megjegyzés küldése",),
        "pager": ("újabb bejegyzés", "régebbi bejegyzés", "főoldal"),
        "share": ("küldés e-mailben", "blogthis!", "megosztás (?:az x-en|a twitteren|a facebookon|a pinteresten)"),
        "gadget": ("blogarchívum", "magamról", "népszerű bejegyzések", "keresés ebben a blogban"),
        "profile": ("teljes profil megtekintése",),
        "powered": ("üzemeltető: blogger",),
    },
    "tr": {
        "posted": ("gönderen", "yayınlayan"),
        "at": ("zaman:", "saat"),
        "labels": ("etiketler",),
        "subscribe": ("kaydol",),
        "count": ("yorum",),
        "none": ("hiç yorum yok", "yorum yok"),
        "post": ("yorum gönder",),
        "pager": ("sonraki kayıt", "önceki kayıt", "daha yeni gönderi", "daha eski gönderi", "ana sayfa"),
        "share": (
            "bunu e-postayla gönder",
            "blogthis!",
            "(?:twitter|x|facebook|pinterest)['’](?:te|ta|da|de) paylaş",
        ),
        "gadget": ("blog arşivi", "hakkımda", "popüler yayınlar", "bu blogda ara"),
        "profile": ("tüm profilimi görüntüle",),
        "powered": ("blogger tarafından desteklenmektedir",),
    },
    "el": {
        "posted": ("αναρτήθηκε από",),
        "at": ("στις",),
        "labels": ("ετικέτες",),
        "subscribe": ("εγγραφή σε",),
        "count": ("σχόλια", "σχόλιο"),
        "none": ("δεν υπάρχουν σχόλια",),
        "post": ("δημοσίευση σχολίου",),
        "pager": ("νεότερη ανάρτηση", "παλαιότερη ανάρτηση", "αρχική σελίδα"),
        "share": (
            "αποστολή με μήνυμα ηλεκτρονικού ταχυδρομείου",
            "blogthis!",
            "κοινοποίηση στο (?:twitter|x|facebook|pinterest)",
        ),
        "gadget": ("αρχειοθήκη ιστολογίου", "σχετικά με εμένα", "δημοφιλείς αναρτήσεις"),
        "profile": ("προβολή πλήρους προφίλ",),
        "powered": ("από το blogger",),
    },
    "ru": {
        "posted": ("автор:", "опубликовано", "отправил"),
        "at": ("в", "на"),
        "labels": ("ярлыки",),
        "subscribe": ("подписаться на",),
        "count": ("комментари(?:я|ев|й)",),
        "none": ("комментариев нет", "нет комментариев"),
        "post": ("отправить комментарий",),
        "pager": ("следующее", "предыдущее", "более новое сообщение", "более старое сообщение", "главная страница"),
        "share": (
            "отправить по электронной почте",
            "написать об этом в блоге",
            "(?:поделиться|опубликовать) в (?:twitter|x|facebook|pinterest)",
        ),
        "gadget": ("архив блога", "обо мне", "популярные сообщения", "поиск по этому блогу"),
        "profile": ("просмотреть профиль", "посмотреть весь профиль"),
        "powered": ("технологии blogger",),
    },
    "uk": {
        "posted": ("опубліковано", "автор:"),
        "at": ("о", "в"),
        "labels": ("мітки",),
        "subscribe": ("підписатися на",),
        "count": ("коментар(?:і|ів)",),
        "none": ("немає коментарів",),
        "post": ("дописати коментар",),
        "pager": ("новіша публікація", "старіша публікація", "головна сторінка"),
        "share": ("надіслати електронною поштою", "blogthis!", "поділитися в (?:twitter|x|facebook|pinterest)"),
        "gadget": ("архів блогу", "про мене", "популярні публікації"),
        "profile": ("переглянути мій повний профіль",),
        "powered": ("технологія blogger",),
    },
    "id": {
        "posted": ("diposting oleh", "dikirim oleh"),
        "at": ("di", "pukul"),
        "labels": ("label",),
        "subscribe": ("langganan",),
        "count": ("komentar",),
        "none": ("tidak ada komentar",),
        "post": ("posting komentar",),
        "pager": ("posting lebih baru", "posting lama", "beranda"),
        "share": ("kirimkan ini lewat email", "blogthis!", "berbagi ke (?:twitter|x|facebook|pinterest)"),
        "gadget": ("arsip blog", "mengenai saya", "tentang saya", "postingan populer", "cari blog ini"),
        "profile": ("lihat profil lengkapku",),
        "powered": ("diberdayakan oleh blogger",),
    },
    "ca": {
        "posted": ("publicat per",),
        "at": ("a", "a les"),
        "labels": ("etiquetes",),
        "subscribe": ("subscriure's a", "subscriure’s a"),
        "count": ("comentaris", "comentari"),
        "none": ("cap comentari",),
        "post": ("publica un comentari",),
        "pager": ("entrada més recent", "entrada més antiga", "inici"),
        "share": ("envia per correu electrònic", "blogthis!", "comparteix a (?:twitter|x|facebook|pinterest)"),
        "gadget": ("arxiu del blog", "qui sóc jo", "entrades populars"),
        "profile": ("mostra el meu perfil complet",),
        "powered": ("amb la tecnologia de blogger",),
    },
    "vi": {
        "posted": ("đăng bởi", "được đăng bởi"),
        "at": ("lúc", "vào lúc"),
        "labels": ("nhãn",),
        "subscribe": ("đăng ký",),
        "count": ("nhận xét",),
        "none": ("không có nhận xét nào",),
        "post": ("đăng nhận xét",),
        "pager": ("bài đăng mới hơn", "bài đăng cũ hơn", "trang chủ"),
        "share": ("gửi email bài đăng này", "blogthis!", "chia sẻ lên (?:twitter|x|facebook|pinterest)"),
        "gadget": ("lưu trữ blog", "giới thiệu về tôi", "bài đăng phổ biến"),
        "profile": ("xem hồ sơ hoàn chỉnh của tôi",),
        "powered": ("được tạo bởi blogger",),
    },
}


def _alt(role: str) -> str:
    """Every language's strings of one role as one alternation, longest first."""
    words = {w for row in _UI.values() for w in row.get(role, ())}
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


_SEP = r"[\s|·•»›/\-–—,]*"
# A line made only of the template's buttons, pager links and gadget titles ("Postare mai nouă
# Postare mai veche Pagina principală", "Email This BlogThis! Share to X Share to Facebook",
# "Arhivă blog"): each item is one of the strings, separators between them. The trailing (?!\w)
# keeps "home" from matching "homework" and "share" from matching "shares".
_ITEM = rf"(?:{_alt('pager')}|{_alt('share')}|{_alt('gadget')}|{_alt('profile')}|{_alt('post')})(?!\w)"
_LABELS_ONLY = keyscan.compile_gated(rf"^{_SEP}{_ITEM}(?:{_SEP}{_ITEM})+{_SEP}$", re.I, name="blogchrome._LABELS_ONLY")
# ... or one gadget's title alone ("Arhivă blog", "About Me"): not a pager's or a button's word
# alone, which a page's table or menu holds too ("home page" in a wild tuning page's table)
_GADGET_ONLY = keyscan.compile_gated(
    rf"^{_SEP}(?:{_alt('gadget')}|{_alt('profile')}|{_alt('post')})(?!\w){_SEP}$", re.I, name="blogchrome._GADGET_ONLY"
)
# The label list, the feed links: the label and its colon, then anything ("Etichete: Bârsana, ...")
_LABEL_LINE = re.compile(rf"^(?:{_alt('labels')}|{_alt('subscribe')})\s*:", re.I)
# The attribution ("Powered by Blogger.", "Tema Simplă. Imaginile temei: NAME. Susținut de Blogger.")
# and the profile's link anywhere in a short block
_POWERED = keyscan.compile_gated(
    rf"(?<!\w)(?:{_alt('powered')}|{_alt('profile')})(?!\w)", re.I, name="blogchrome._POWERED"
)
# The comment count over the thread ("3 comentarii:", "No comments:", "Post a Comment")
_COUNT = re.compile(
    rf"^(?:\d+\s*(?:{_alt('count')})|(?:{_alt('none')})(?:\s*(?:{_alt('count')}))?|{_alt('post')})\s*:?$", re.I
)
_TIME = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
# The post footer: "Posted by NAME at 09:12", "Publicat de Ioana Pop la 09:12 3 comentarii",
# "Közzétette: NAME dátum: 09:12" (the name: 1 to 6 words, no sentence mark but initials' points),
# the pager or share row after it when the dump joined them ("... at 2:33 PM / Newer Post Older Post Home").
_FOOTER = re.compile(
    rf"^(?:{_alt('posted')})\s+(?P<name>[^\s!?:;,]+(?:\s[^\s!?:;,]+){{0,5}}?)\s+(?:{_alt('at')})\s+{_TIME}"
    rf"(?:\s+(?:\d+|{_alt('none')})(?:\s+(?:{_alt('count')}))?)?\s*:?(?:{_SEP}{_ITEM})*{_SEP}$",
    re.I,
)
# An archive gadget's tree: every line a year or month with its count ("► 2025 (14)", "▼ noiembrie (3)")
_ARCHIVE_LINE = re.compile(r"^[►▼▶▸◄]\s*[^\W\d_]*\s*\d{0,4}\s*\(\d+\)$")
# Blogger's own consent bar, printed in the reader's language over every blog of the EU ("This
# site uses cookies from Google to deliver its services ...", "Acest site folosește cookie-uri de
# la Google ...", "Diese Website verwendet Cookies von Google ..."): the cookies are Google's,
# named within a few words, in the bar's first sentence.
_GOOGLE_COOKIES = re.compile(r"\bcookie[\w-]*\s+(?:[\w-]+\s+){0,3}google\b", re.I)
GOOGLE_COOKIES_CHARS = 160  # where the bar's first sentence ends at the latest
BLOG_CHROME_MAX_WORDS = 40  # the longest: a share row, an attribution with a theme credit

BLOG_REASON = "blog template"
BLOG_FOOTER_REASON = f"{BLOG_REASON} (post footer)"
BLOG_ARCHIVE_REASON = f"{BLOG_REASON} (archive)"
# The parts that follow a post's text (its footer, comments, pager, the sidebar and the page's
# foot): once the article's text was seen, what comes after them is the page's tail.
# The parts no other rule's words name better (a footer's "comments" is no call to action)
BLOG_FIRST_REASONS = tuple(f"{BLOG_REASON} ({part}" for part in ("post footer", "archive", "attribution", "Google's"))
BLOG_TAIL_REASONS = tuple(
    f"{BLOG_REASON} ({part}" for part in ("post footer", "comment count", "pager", "archive", "attribution")
)


@text_memo
def blog_chrome(text: str) -> str:
    """The blog template's part `text` (a line or a block of a page) is, as a short reason
    ("blog template (post footer)", "... (pager, share or gadget labels)", ...), or "" when none.
    Only short texts (BLOG_CHROME_MAX_WORDS words) qualify: a paragraph that quotes a label is prose."""
    text = text.strip()
    if not text or len(text.split()) > BLOG_CHROME_MAX_WORDS:
        return ""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if all(_ARCHIVE_LINE.match(ln) for ln in lines):
        return BLOG_ARCHIVE_REASON
    flat = " ".join(lines)
    cookies = _GOOGLE_COOKIES.search(flat)
    if cookies and cookies.end() <= GOOGLE_COOKIES_CHARS:
        return f"{BLOG_REASON} (Google's cookie bar)"
    if _FOOTER.match(flat):
        return BLOG_FOOTER_REASON
    if _COUNT.match(flat):
        return f"{BLOG_REASON} (comment count)"
    if _LABEL_LINE.match(flat):
        return f"{BLOG_REASON} (labels or feed line)"
    if _LABELS_ONLY.match(flat):
        return f"{BLOG_REASON} (pager, share or gadget labels)"
    if _GADGET_ONLY.match(flat):
        return f"{BLOG_REASON} (a gadget's title)"
    if _POWERED.search(flat):
        return f"{BLOG_REASON} (attribution or profile link)"
    return ""


# The name Blogger prints for a profile without one ("Publié par Unknown à 08:00"), and its
# translations and the "Anonymous" of other engines: no author's name
_NO_NAME = frozenset(
    "unknown inconnu unbekannt desconocido sconosciuto desconhecido onbekend nieznany neznámý necunoscut "
    "okänd ukendt ukjent tuntematon ismeretlen bilinmiyor άγνωστος неизвестно anonymous anonim admin".split()
)


def post_footer_name(text: str) -> str:
    """The author a blog's post footer names ("Publicat de Ioana Pop la 09:12" -> "Ioana Pop"),
    or "" when `text` is no post footer or names no one ("Posted by Unknown at 08:00")."""
    m = _FOOTER.match(" ".join(text.split()))
    name = m.group("name") if m else ""
    return "" if name.casefold() in _NO_NAME else name


# The post footer's "Posted by" words of every language, as one alternation (longest first): the
# author field of a page's metadata may open with them (segment.textblocks strips them with its
# own byline words, one vocabulary).
POSTED_LABELS = _alt("posted")
