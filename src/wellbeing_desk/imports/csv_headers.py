"""Which column of an address-book export holds what: a table of header aliases.

Google Contacts (both CSV shapes), Outlook and Thunderbird write their column
names in the language of the program, and so do people making a sheet by hand.
``HEADERS`` lists, per target, the names seen in English, Spanish and French
exports (written as the exporters write them; compared without case, accents
or punctuation). A name may carry a label: "Business Phone" is a phone
labelled ``work``; "Business City" is the city of the ``work`` address, and
every part of one address shares that label. Google's numbered columns
("Phone 1 - Label", "Phone 1 - Value") are in ``NUMBERED``: the label column
names the value of the same number.

A few names mean different things in different exports; ``AMBIGUOUS`` says
which: Outlook's Spanish "Nombre" is the first name when a surname column is
there too, a French "Nom" the surname when "Prénom" is there, and an English
"Title" the courtesy title when there is a "Job Title" column.
"""

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

KEEP = "keep"  # kept in her notes as "Column: value"
LEAVE_OUT = ""  # left out (named in the preview)
ADDRESS_PARTS = ("street", "city", "region", "postal_code", "country", "po_box")

# Target → aliases; an alias is a header, or (header, label).
HEADERS: dict[str, tuple[str | tuple[str, str], ...]] = {
    "name": (
        *("name", "full name", "display name", "nombre completo", "nombre y apellidos"),
        *("nombre mostrado", "nombre para mostrar", "nom complet", "nom à afficher", "nome"),
        *("nome completo", "contact", "contacto", "contact name"),
    ),
    "given_name": (
        *("first name", "given name", "prénom", "nombre de pila", "primer nombre"),
        "primeiro nome",
    ),
    "middle_name": ("middle name", "additional name", "segundo nombre", "deuxième prénom"),
    "family_name": (
        *("last name", "family name", "surname", "apellido", "apellidos", "nom de famille"),
        "sobrenome",
    ),
    "name_prefix": ("name prefix", "prefix", "prefijo", "tratamiento", "civilité", "salutation"),
    "name_suffix": ("name suffix", "suffix", "sufijo", "suffixe"),
    "nickname": ("nickname", "short name", "apodo", "sobrenombre", "alias", "surnom", "pseudo"),
    "organisation": (
        *("organisation", "organization", "organización", "org", "company", "empresa"),
        *("institución", "entidad", "organização", "organization name", "compañía", "société"),
        *("entreprise", "organisme", "organisation name"),
    ),
    "department": (
        *("department", "organization department", "departamento", "service", "département"),
    ),
    "job_title": (
        *("job title", "organization title", "title", "puesto", "cargo", "puesto de trabajo"),
        *("titre", "fonction", "poste", "profession", "profesión", "occupation", "role", "rol"),
        "rôle",
    ),
    "kind": ("kind", "tipo", "type"),
    "description": ("description", "descripción", "about", "descrição"),
    "categories": (
        *("categories", "category", "categorías", "categoría", "services", "servicios"),
        *("labels", "group membership", "catégories", "etiquetas", "grupos", "groupes"),
    ),
    "languages": ("languages", "language", "idiomas", "idioma", "lenguas", "langues", "langue"),
    "regions": ("regions", "region", "countries", "country", "países", "país", "regiones", "pays"),
    "phone": (
        *("phone", "telephone", "tel", "teléfono", "phone number", "número de teléfono"),
        *("telefone", "téléphone", "numéro de téléphone"),
        *(("other phone", "other"), ("otro teléfono", "other"), ("téléphone (autre)", "other")),
        *(("business phone", "work"), ("business phone 2", "work"), ("work phone", "work")),
        *(("teléfono del trabajo", "work"), ("teléfono del trabajo 2", "work")),
        *(("teléfono de la oficina", "work"), ("teléfono laboral", "work")),
        *(("téléphone (bureau)", "work"), ("téléphone 2 (bureau)", "work")),
        *(("téléphone bureau", "work"), ("tél. professionnel", "work")),
        *(("téléphone professionnel", "work"), ("tél. bureau", "work")),
        *(("home phone", "home"), ("home phone 2", "home"), ("particular", "home")),
        *(("particular 2", "home"), ("teléfono particular", "home"), ("teléfono de casa", "home")),
        *(("téléphone (domicile)", "home"), ("téléphone 2 (domicile)", "home")),
        *(("téléphone domicile", "home"), ("tél. personnel", "home")),
        *(("téléphone personnel", "home"), ("tél. domicile", "home")),
        *(("primary phone", "main"), ("company main phone", "main")),
        *(("teléfono principal", "main"), ("número de centralita de la organización", "main")),
        *(("téléphone principal", "main"), ("téléphone société", "main")),
        *(("fax", "fax"), ("fax number", "fax"), ("número de fax", "fax"), ("télécopie", "fax")),
        *(("business fax", "work fax"), ("fax del trabajo", "work fax")),
        *(("télécopie (bureau)", "work fax"), ("télécopie professionnelle", "work fax")),
        *(("home fax", "home fax"), ("fax particular", "home fax")),
        *(("télécopie (domicile)", "home fax"), ("télécopieur personnel", "home fax")),
        *(
            ("other fax", "other fax"),
            ("otro fax", "other fax"),
            ("télécopie (autre)", "other fax"),
        ),
        *(("pager", "pager"), ("pager number", "pager"), ("número del buscapersonas", "pager")),
        *(("buscapersonas", "pager"), ("récepteur de radiomessagerie", "pager")),
        *(("localizador", "pager"), ("numéro de pager", "pager"), ("pager (bip)", "pager")),
        *(("car phone", "car"), ("teléfono del automóvil", "car"), ("téléphone (voiture)", "car")),
        *(("tél. voiture", "car"), ("assistant's phone", "assistant")),
        *(("teléfono del asistente", "assistant"), ("téléphone de l'assistant(e)", "assistant")),
        *(("callback", "callback"), ("devolución de llamada", "callback"), ("rappel", "callback")),
        *(("radio phone", "radio"), ("radioteléfono", "radio"), ("radio téléphone", "radio")),
        *(("isdn", "ISDN"), ("rdsi", "ISDN"), ("rnis", "ISDN"), ("telex", "telex")),
        *(("tty/tdd phone", "TTY"), ("número de teletipo", "TTY"), ("téléphone tdd/tty", "TTY")),
    ),
    "mobile": (
        *("mobile", "mobile phone", "mobile number", "cell", "cellphone", "cell phone"),
        *("móvil", "teléfono móvil", "celular", "número del móvil", "número de móvil"),
        *("tél. mobile", "téléphone mobile", "portable", "téléphone portable", "tel. portable"),
    ),
    "email": (
        *("email", "e-mail", "mail", "correo", "correo electrónico", "email address"),
        *("e-mail address", "primary email", "dirección de correo electrónico"),
        *("correo electrónico principal", "dirección de correo principal"),
        *("adresse de messagerie", "adresse électronique", "adresse électronique principale"),
        *("courriel", "adresse e-mail", "secondary email", "correo electrónico secundario"),
        *("dirección de correo secundaria", "adresse électronique secondaire"),
        *(
            "dirección de correo electrónico principal",
            "dirección de correo electrónico secundaria",
        ),
    ),
    "website": (
        *("website", "web", "url", "site", "sitio", "sitio web", "página web", "web site"),
        *("web page", "page web", "site web", "homepage", "home page", "pagina web"),
        *(("personal web page", "home"), ("business home page", "work")),
    ),
    "signal": ("signal",),
    "whatsapp": ("whatsapp",),
    "telegram": ("telegram",),
    "xmpp": ("xmpp", "jabber", "jabber id"),
    "im": ("im address", "im", "instant messaging", "mensajería instantánea"),
    "postal": (
        *("postal", "address", "dirección", "postal address", "dirección postal", "endereço"),
        *("adresse", "adresse postale"),
    ),
    "street": (
        *("street", "calle", "rue"),
        *(("business street", "work"), ("business street 2", "work")),
        *(("business street 3", "work"), ("work address", "work"), ("work address 2", "work")),
        *(("calle del trabajo", "work"), ("calle del trabajo 2", "work")),
        *(("calle del trabajo 3", "work"), ("dirección del trabajo", "work")),
        *(("dirección del trabajo 2", "work"), ("rue (bureau)", "work")),
        *(("rue (bureau) 2", "work"), ("rue (bureau) 3", "work")),
        *(("adresse professionnelle", "work"), ("adresse professionnelle 2", "work")),
        *(("home street", "home"), ("home street 2", "home"), ("home street 3", "home")),
        *(("home address", "home"), ("home address 2", "home")),
        *(("calle del domicilio", "home"), ("dirección particular", "home")),
        *(("calle del domicilio 2", "home"), ("calle del domicilio 3", "home")),
        *(("dirección particular 2", "home"), ("dirección personal", "home")),
        *(("rue (domicile)", "home"), ("rue (domicile) 2", "home")),
        *(("rue (domicile) 3", "home"), ("adresse privée", "home")),
        *(("adresse privée 2", "home"), ("adresse (domicile)", "home")),
        *(("adresse personnelle", "home"), ("other street", "other")),
        *(("other street 2", "other"), ("other street 3", "other"), ("otra calle", "other")),
        *(("otra calle 2", "other"), ("otra calle 3", "other"), ("rue (autre)", "other")),
        *(("rue (autre) 2", "other"), ("rue (autre) 3", "other")),
    ),
    "city": (
        *("city", "ciudad", "ville", "localidad", "población", "town"),
        *(("business city", "work"), ("work city", "work"), ("ciudad de trabajo", "work")),
        *(("ciudad del trabajo", "work"), ("ville (bureau)", "work")),
        *(("home city", "home"), ("ciudad del domicilio", "home"), ("ciudad particular", "home")),
        *(("ciudad de residencia", "home"), ("ville (domicile)", "home")),
        *(("other city", "other"), ("otra ciudad", "other"), ("ville (autre)", "other")),
    ),
    "region": (
        *("state", "provincia", "estado", "province", "département/région"),
        *(("business state", "work"), ("work state", "work")),
        *(("provincia o estado de trabajo", "work"), ("provincia del trabajo", "work")),
        *(("dép/région (bureau)", "work"), ("département ou région (bureau)", "work")),
        *(("home state", "home"), ("provincia o estado del domicilio", "home")),
        *(("provincia de residencia", "home"), ("dép/région (domicile)", "home")),
        *(("provincia o estado de residencia", "home"), ("provincia particular", "home")),
        *(("département (domicile)", "home"), ("other state", "other")),
        *(("otra provincia o estado", "other"), ("dép/région (autre)", "other")),
    ),
    "postal_code": (
        *("postal code", "zip", "zip code", "zipcode", "código postal", "code postal", "cp"),
        *(("business postal code", "work"), ("work zipcode", "work"), ("work zip", "work")),
        *(("código postal del trabajo", "work"), ("code postal (bureau)", "work")),
        *(("home postal code", "home"), ("home zipcode", "home"), ("home zip", "home")),
        *(("código postal del domicilio", "home"), ("código postal de residencia", "home")),
        *(("code postal (domicile)", "home"), ("other postal code", "other")),
        *(("código postal particular", "home"),),
        *(("otro código postal", "other"), ("code postal (autre)", "other")),
    ),
    "country": (
        *(("business country/region", "work"), ("business country", "work")),
        *(("work country", "work"), ("país o región del trabajo", "work")),
        *(("país del trabajo", "work"), ("pays/région (bureau)", "work")),
        *(("pays (bureau)", "work"), ("home country/region", "home"), ("home country", "home")),
        *(("país o región del domicilio", "home"), ("país de residencia", "home")),
        *(("país o región de residencia", "home"), ("país particular", "home")),
        *(("pays/région (domicile)", "home"), ("pays (domicile)", "home")),
        *(("other country/region", "other"), ("otro país o región", "other")),
        *(("pays/région (autre)", "other"), "pays/région", "país o región", "country/region"),
    ),
    "po_box": (
        *("po box", "apartado postal", "boîte postale"),
        *(("business po box", "work"), ("apartado postal de la dirección del trabajo", "work")),
        *(("b.p. professionnelle", "work"), ("boîte postale (bureau)", "work")),
        *(("home po box", "home"), ("apartado postal de la dirección personal", "home")),
        *(("boîte postale du domicile", "home"), ("boîte postale (domicile)", "home")),
        *(("other po box", "other"), ("otro apartado postal", "other")),
        *(("autre boîte postale", "other"), ("business address po box", "work")),
        *(("home address po box", "home"), ("other address po box", "other")),
    ),
    "notes": ("notes", "note", "notas", "nota", "comments", "comentarios", "observaciones"),
    "cost": ("cost", "costo", "coste", "price", "precio"),
    "hours": ("hours", "horario", "opening hours", "horas"),
    "time_zone": ("time zone", "timezone", "zona horaria"),
    LEAVE_OUT: (
        # Copies of other columns, and Outlook's own flags: nothing of hers.
        *("file as", "initials", "iniciales", "initiales", "photo", "foto"),
        *("e-mail type", "e-mail 2 type", "e-mail 3 type", "e-mail display name"),
        *("e-mail 2 display name", "e-mail 3 display name", "tipo de correo electrónico"),
        *("tipo de correo electrónico 2", "tipo de correo electrónico 3"),
        *("nombre de pantalla de correo electrónico", "nombre de pantalla de correo electrónico 2"),
        *("nombre de pantalla de correo electrónico 3", "type de messagerie"),
        *("type de messagerie 2", "type de messagerie 3", "nom complet de l'adresse de messagerie"),
        *("nom complet de l'adresse de messagerie 2", "nom complet de l'adresse de messagerie 3"),
        *("priority", "prioridad", "priorité", "sensitivity", "confidencialidad"),
        *("critère de diffusion", "private", "privado", "privé", "internet free busy"),
        *("disponibilité internet", "disponibilidad internet", "e mail type"),
    ),
}
# Google's numbered columns: "{n}" is the number; the group is the prefix and the number.
NUMBERED: tuple[tuple[str, str], ...] = (
    *(("e-mail {n} - value", "email"), ("e-mail {n} - label", "label")),
    *(("e-mail {n} - type", "label"), ("phone {n} - value", "phone")),
    *(("phone {n} - label", "label"), ("phone {n} - type", "label")),
    *(("address {n} - formatted", "postal"), ("address {n} - street", "street")),
    *(("address {n} - extended address", "street"), ("address {n} - city", "city")),
    *(("address {n} - po box", "po_box"), ("address {n} - region", "region")),
    *(("address {n} - postal code", "postal_code"), ("address {n} - country", "country")),
    *(("address {n} - label", "label"), ("address {n} - type", "label")),
    *(("website {n} - value", "website"), ("website {n} - label", "label")),
    *(("website {n} - type", "label"), ("im {n} - value", "im")),
    *(("im {n} - service", "service"), ("im {n} - label", "label"), ("im {n} - type", "label")),
    *(("relation {n} - value", KEEP), ("relation {n} - label", "label")),
    *(("relation {n} - type", "label"), ("event {n} - value", KEEP)),
    *(("event {n} - label", "label"), ("event {n} - type", "label")),
    *(("custom field {n} - value", KEEP), ("custom field {n} - label", "label")),
    *(("custom field {n} - type", "label"), ("organization {n} - name", "organisation")),
    *(("organization {n} - title", "job_title"), ("organization {n} - department", "department")),
    *(("organization {n} - job description", "job_title"), ("e-mail {n} address", "email")),
    *(("e-mail {n}", "email"), ("email {n}", "email"), ("web page {n}", "website")),
    *(("página web {n}", "website"), ("site web {n}", "website")),
    *(("dirección de correo electrónico {n}", "email"), ("adresse de messagerie {n}", "email")),
    *(("dirección del correo electrónico {n}", "email"),),
)
# Header → (its usual target, the other one, and when: another column has one of these
# targets or (normalised) names, and none has the last target).
AMBIGUOUS: dict[str, tuple[str, str, tuple[str, ...], str]] = {
    "nombre": ("name", "given_name", ("family_name",), "given_name"),
    "nom": ("name", "family_name", ("given_name",), "family_name"),
    "title": ("job_title", "name_prefix", ("job title", "puesto", "organization title"), ""),
    # Outlook's "E-mail 2 Type" says SMTP; Google's "E-mail 2 - Type" is a label.
    "e mail 2 type": (LEAVE_OUT, "label", ("e mail 2 value",), ""),
    "e mail 3 type": (LEAVE_OUT, "label", ("e mail 3 value",), ""),
}
HEADERS["name"] = (*HEADERS["name"], "nombre", "nom")
# Values Outlook writes into empty columns.
BLANK_VALUES = frozenset(
    {"0/0/00", "00/00/00", "0/0/0000", "00/00/0000", "unspecified", "no especificado"}
) | frozenset({"non spécifié", "non specifie"})


@dataclass(frozen=True)
class Column:
    """What a header says about its column, whatever it is mapped to."""

    target: str  # the suggested target ("keep" when nothing is known)
    group: str  # columns of one address, or a value and its label, share a group
    label: str = ""  # "work", "home"…: the label of the contact or address it feeds


def normalise(text: str) -> str:
    """Lower case, no accents, words separated by single spaces."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+|_", " ", plain).split())


def _table() -> dict[str, Column]:
    table: dict[str, Column] = {}
    for target, aliases in HEADERS.items():
        for alias in aliases:
            header, label = (alias, "") if isinstance(alias, str) else alias
            words = normalise(header)
            group = f"address {label}" if target in ADDRESS_PARTS else words
            table.setdefault(words, Column(target, group, label))
    return table


_EXACT = _table()


def _compile(pattern: str) -> re.Pattern[str]:
    before, _, after = pattern.partition("{n}")
    head, tail = normalise(before), normalise(after)
    return re.compile(" ".join(p for p in (re.escape(head), r"(\d+)", re.escape(tail)) if p))


_COPY = re.compile(r"(.+) \((\d+)\)")
_NUMBERED = tuple((_compile(pattern), pattern, target) for pattern, target in NUMBERED)


def recognise(header: str) -> Column:
    """What ``header`` names, on its own; unknown headers are kept in her notes."""
    column = _recognise(header)
    if column.target == KEEP:
        copy = _COPY.fullmatch(header.strip())
        if copy:  # the second of two columns with one name ("Ville", "Ville (2)")
            column = _recognise(copy.group(1))
            return Column(column.target, f"{column.group} {copy.group(2)}", column.label)
    return column


def _recognise(header: str) -> Column:
    words = normalise(header)
    numbered = _numbered(words)
    if words in _EXACT:  # a numbered name keeps its number's group ("E-mail 2 Type")
        column = _EXACT[words]
        return Column(column.target, numbered.group, column.label) if numbered else column
    return numbered or Column(KEEP, words or header)


def _numbered(words: str) -> Column | None:
    for regex, pattern, target in _NUMBERED:
        match = regex.fullmatch(words)
        if match:
            group = f"{normalise(pattern.partition('{n}')[0])} {match.group(1)}"
            if target in ADDRESS_PARTS or target == "postal":
                group = f"address {match.group(1)}"
            return Column(target, group)
    return None


def suggest_mapping(headers: tuple[str, ...]) -> dict[str, str]:
    """Header → target for every named column, with the ambiguous names settled."""
    found = {header: recognise(header) for header in headers if header}
    # What the columns say: their targets and their names (counted, to leave one out).
    said = Counter(column.target for column in found.values())
    said.update(normalise(header) for header in found)
    mapping = {}
    for header, column in found.items():
        words = normalise(header)
        rule = AMBIGUOUS.get(words)
        target = column.target
        if rule:
            default, other, present, absent = rule

            def elsewhere(what: str, words: str = words, own: str = target) -> bool:
                return said[what] - (what == words) - (what == own) > 0

            target = default
            if any(elsewhere(p) for p in present) and not (absent and elsewhere(absent)):
                target = other
        mapping[header] = target
    return mapping
