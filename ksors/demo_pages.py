"""The first text of the council's own pages, written from the resolution of the XX conference (its preamble and
items 5а, 6, 7г, 9, 12г, 13, 14а) and from what the portal publishes. The Secretariat edits them in the back office
(«Страницы сайта»); load_demo creates them once and never overwrites an edited page."""

ABOUT_RU = """\
Координационный совет объединений российских соотечественников Республики Таджикистан (КСОРС РТ) объединяет \
общественные объединения российских соотечественников, живущих в Таджикистане: национально-культурные общества, \
женское и молодёжное движения, ветеранские и просветительские организации. Прежнее название совета — \
«Координационный совет российских соотечественников Республики Таджикистан» (КСРСРТ).

## Органы и должностные лица
- **Страновая конференция** — высший орган: проводится раз в год, заслушивает доклады, принимает резолюции, \
решает вопросы членства. Конференции бывают тематическими, отчётно-выборными и чрезвычайными.
- **Заседания КСОРС РТ** проходят между конференциями и тоже принимают решения.
- **Председатель КСОРС РТ** — Темирова Людмила Григорьевна.
- **Секретарь-координатор КСОРС РТ** — Ким В.М., член Всемирного координационного совета российских \
соотечественников (ВКС).
- **Секретариат КСОРС РТ** готовит документы и конференции, ведёт реестр организаций и контроль исполнения решений; \
он же ведёт этот портал.

## История с 2007 года
Как говорится в резолюции XX Страновой тематической конференции (19 июня 2026 г., Душанбе), страновые конференции \
проводятся ежегодно со дня первой конференции в 2007 году; к июню 2026 года проведено 20 страновых конференций и \
одна Чрезвычайная — 14 февраля 2015 года в Чкаловске. Чрезвычайная конференция сыграла важную роль в восстановлении \
правового порядка в КСОРС РТ, в предотвращении раскола среди общественных объединений и в сохранении партнёрских \
отношений: в 2013–2015 годах совет пережил системный кризис.

Координационный совет прошёл путь от внутренней конкуренции и кризиса противоречий к стабильному взаимопониманию и \
партнёрству, от сложных процедур и строгого регламента — к оптимальной организационной структуре. XX конференция \
признала процесс формирования и становления единой системы КСОРС РТ успешным и завершённым (п. 6) и рекомендовала её \
как модель для изучения в других странах (п. 6а).

## Что дальше
До 2030 года совет работает по «Концепции развития соотечественников в Таджикистане на 2024–2030 годы». \
Со второго полугодия 2026 года «Молодёжная повестка» стала самостоятельным стратегическим направлением и входит \
в повестку каждого заседания и каждой конференции (п. 8, 8б). Очередная, XXI отчётно-выборная конференция \
пройдёт во втором (третьем) квартале 2027 года; к ней готовится книга «20 лет КСОРС Таджикистана – новый путь \
соотечественного развития».

Документы совета — на странице [Резолюции](/resolutions/), история конференций — на странице \
[Конференции](/conferences/), организации-члены — в [реестре организаций](/organizations/).
"""

ABOUT_EN = """\
The Coordination Council of Russian Compatriots' Organizations of the Republic of Tajikistan (KSORS RT) brings \
together the public associations of Russian compatriots living in Tajikistan: ethnic and cultural societies, women's \
and youth movements, veterans' and educational organizations. Its earlier name was the Coordination Council of \
Russian Compatriots of the Republic of Tajikistan (KSRSRT).

## Bodies and officials
- **The country conference** is the highest body: held once a year, it hears reports, adopts resolutions and \
decides on membership. Conferences are thematic, reporting-election or extraordinary.
- **Council meetings** are held between conferences and can also take decisions.
- **Chair of the Council**: Lyudmila Grigoryevna Temirova.
- **Secretary-coordinator**: V. M. Kim, member of the World Coordination Council of Russian Compatriots.
- **The Secretariat** prepares documents and conferences, keeps the register of organizations and the control of \
decisions, and runs this portal.

## History since 2007
As the resolution of the XX thematic country conference (19 June 2026, Dushanbe) records, country conferences have \
been held every year since the first one in 2007; by June 2026 there had been 20 country conferences and one \
extraordinary conference, on 14 February 2015 in Chkalovsk. The extraordinary conference played an important part in \
restoring legal order in the Council, preventing a split among the associations and keeping their partnership: in \
2013–2015 the Council went through a systemic crisis.

The Council moved from internal rivalry and crisis to stable mutual understanding and partnership, from complex \
procedures to a workable organizational structure. The XX conference declared the building of the single system of \
the Council successfully completed (item 6) and recommended it as a model for other countries (item 6a).

## What comes next
Until 2030 the Council follows the Concept for the development of compatriots in Tajikistan for 2024–2030. Since the \
second half of 2026 the Youth Agenda has been a strategic line of its own and is on the agenda of every meeting and \
every conference (items 8 and 8b). The XXI reporting-election conference will be held in the second (or third) \
quarter of 2027, together with the book “20 years of the Council in Tajikistan”.

The Council's documents are under [Resolutions](/en/resolutions/), the history of its conferences under \
[Conferences](/en/conferences/), its members in the [register of organizations](/en/organizations/). The documents \
themselves are published in Russian.
"""

CONTACTS_RU = """\
## Секретариат КСОРС РТ
Секретариат — рабочий орган Координационного совета; он находится в Душанбе. Секретариат готовит страновые \
конференции и заседания, публикует документы на этом портале, ведёт реестр организаций и контроль исполнения \
решений.

- **Председатель КСОРС РТ** — Темирова Людмила Григорьевна.
- **Секретарь-координатор КСОРС РТ** — Ким В.М.: принимает материалы организаций для книги «20 лет КСОРС \
Таджикистана – новый путь соотечественного развития» (п. 9а резолюции XX конференции) и готовит документы о \
присоединении к Международной декларации о защите семьи (п. 12г).

## Куда обращаться
- **Руководители организаций-членов** пишут отчёты о поручениях, присылают материалы и просят присоединить \
организацию к декларации в своём [кабинете на портале](/my/); приглашение в кабинет присылает Секретариат.
- **Исправить или удалить сведения** об организации или о человеке — см. [Персональные данные](/privacy/).
- Контакты самих организаций-членов — на их страницах в [реестре](/organizations/), если организация решила их \
опубликовать.
"""

CONTACTS_EN = """\
## The Secretariat of the Council
The Secretariat is the Council's working body, based in Dushanbe. It prepares country conferences and council \
meetings, publishes documents on this portal, keeps the register of organizations and the control of decisions.

- **Chair of the Council**: Lyudmila Grigoryevna Temirova.
- **Secretary-coordinator**: V. M. Kim, who receives the organizations' materials for the book “20 years of the \
Council in Tajikistan” (item 9a of the XX conference's resolution) and prepares the documents for joining the \
International Declaration on the Protection of the Family (item 12g).

## Whom to contact
- **Leaders of member organizations** report on their tasks, send materials and ask to join a declaration in their \
[account on the portal](/en/my/); the Secretariat sends the invitation to it.
- **To correct or remove information** about an organization or a person, see [Personal data](/en/privacy/).
- The member organizations' own contacts are on their pages in the [register](/en/organizations/), where the \
organization has chosen to publish them.
"""

PRIVACY_RU = """\
Портал КСОРС РТ публикует документы Координационного совета и сведения о его организациях. Здесь сказано, какие \
сведения о людях и организациях он показывает, на каком основании и как попросить их исправить или удалить.

## Что публикуется
- **Документы** — резолюции, декларации, повестки — в том виде, в каком они приняты и подписаны: с именами \
людей и названиями организаций, которые в них названы.
- **Об организациях-членах** — название и его история, вид, город, статус членства и решения о нём, руководитель \
(имя и должность), описание, история, практики, фотографии и видео, которые организация сама разместила в профиле.
- **Контакты организации** (телефон, электронная почта, адрес, сайт) — только если организация сама решила их \
опубликовать.
- **Об официальных лицах** — имя и должность, как они названы в документах.

Портал не публикует сведения об учётных записях (адреса электронной почты пользователей, входы, отчёты, которые ещё \
не приняты), не ставит рекламных и аналитических cookie-файлов; cookie нужны только для входа и защиты форм.

## На каком основании
Документы публикуются потому, что они приняты открыто, на страновых конференциях и заседаниях совета, и являются \
публичной записью его решений: документ не переписывается задним числом, исправление оформляется новой редакцией, \
и редакции видны. Профиль организации публикуется по решению самой организации, её руководитель ведёт его сам; \
контакты — только по её выбору.

## Как попросить исправить или удалить сведения
- **Организация** исправляет свой профиль сама в [кабинете](/my/) или просит об этом Секретариат.
- **Человек**, названный на портале, может попросить Секретариат исправить ошибку в своём имени или должности, \
убрать фотографию или контакт, опубликованные в профиле организации, или объяснить, почему сведения показываются. \
Обращение направляется в Секретариат КСОРС РТ (см. [Контакты](/contacts/)); Секретариат отвечает и сообщает, что \
сделано.
- Текст принятого документа не меняется, но ошибка в нём исправляется новой редакцией с пояснением.
"""

PRIVACY_EN = """\
The portal of the Council publishes the Council's documents and information about its organizations. This page says \
what it shows about people and organizations, on what basis, and how to ask for a correction or removal.

## What is published
- **Documents** (resolutions, declarations, agendas) as adopted and signed, with the names of the people and \
organizations they mention. Documents are published in Russian.
- **About member organizations**: the name and its history, type, city, membership status and the decisions on it, \
the leader (name and title), the description, history, practices, photos and videos the organization itself has \
put in its profile.
- **An organization's contacts** (phone, email, address, website) only if the organization has chosen to publish \
them.
- **About officials**: name and title, as the documents give them.

The portal does not publish anything about user accounts (users' email addresses, logins, reports not yet \
accepted) and sets no advertising or analytics cookies; cookies are used only for logging in and protecting forms.

## On what basis
Documents are published because they are adopted openly, at country conferences and council meetings, and are the \
public record of the Council's decisions: a document is never rewritten after the fact, a correction is a new \
version, and the versions are shown. An organization's profile is published by the organization's own decision and \
kept by its leader; its contacts only by its choice.

## How to ask for a correction or removal
- **An organization** corrects its profile itself in its [account](/en/my/) or asks the Secretariat to do it.
- **A person** named on the portal can ask the Secretariat to correct their name or title, to remove a photo or \
contact published in an organization's profile, or to explain why the information is shown. Write to the \
Secretariat of the Council (see [Contacts](/en/contacts/)); it answers and says what has been done.
- The text of an adopted document is not changed, but an error in it is corrected by a new version with a note.
"""

PAGES = {
    "about": ("О КСОРС РТ", ABOUT_RU, "About the Council", ABOUT_EN),
    "contacts": ("Контакты", CONTACTS_RU, "Contacts", CONTACTS_EN),
    "privacy": ("Персональные данные", PRIVACY_RU, "Personal data", PRIVACY_EN),
}
