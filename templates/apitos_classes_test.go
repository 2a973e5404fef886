package templates

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"apitos/internal/document"
	"apitos/internal/mdtext"
	"apitos/internal/questionnaire"
	"apitos/internal/render/markdown"
	"apitos/internal/textfmt"
)

// apiTOSPhrase holds, per language, a sentence that a clause must say
// (or must not say) for the terms to be right in law; they are written
// as the templates write them, before typography.
type apiTOSPhrase map[textfmt.Lang]string

var (
	// Article 1226 of the Civil Code: the formal notice says that,
	// failing performance, the contract may be terminated.
	phraseFormalNotice = apiTOSPhrase{
		textfmt.EN: "stating expressly that, failing remedy within the period below, the Provider will be entitled to terminate the Agreement",
		textfmt.FR: "en indiquant expressément qu'à défaut d'exécution dans le délai ci-après, le Fournisseur sera en droit de résilier le Contrat",
	}
	// The exclusion of lost profit does not cover the fair-change and
	// closure commitments, which fall under a separate, higher cap
	// (articles 1170 and 1171 of the Civil Code).
	phraseFairChangeCarveOut = apiTOSPhrase{
		textfmt.EN: "or of its commitments on changes and on the closure of the API under",
		textfmt.FR: "ni à ses engagements relatifs aux modifications et à la fermeture de l'API prévus",
	}
	// For paid access, the cap is never below a year's fees.
	phraseHigherOf = apiTOSPhrase{
		textfmt.EN: "is limited to the higher of the following two amounts:",
		textfmt.FR: "est limitée au plus élevé des deux montants suivants :",
	}
	// No evidence clause shifts the burden of proof onto consumers and
	// non-professionals (article R. 212-1, 12°, of the Consumer Code).
	phraseEvidenceBetweenProfessionals = apiTOSPhrase{
		textfmt.EN: "Towards a professional User, the records",
		textfmt.FR: "À l'égard d'un Utilisateur professionnel, les enregistrements",
	}
	phraseEvidenceBurden = apiTOSPhrase{
		textfmt.EN: "they do not shift the burden of proof",
		textfmt.FR: "ne modifient pas la charge de la preuve",
	}
	// Confirmation on a durable medium (article L. 221-13).
	phraseDurableMedium = apiTOSPhrase{
		textfmt.EN: "the confirmation of the Agreement on a durable medium required by article L. 221-13",
		textfmt.FR: "la confirmation du Contrat sur support durable prévue à l'article L. 221-13",
	}
	// Archiving of contracts of 120 euros or more (article L. 213-1).
	phraseArchiving = apiTOSPhrase{
		textfmt.EN: "articles L. 213-1, D. 213-1 and D. 213-2",
		textfmt.FR: "articles L. 213-1, D. 213-1 et D. 213-2",
	}
	// The information on the legal guarantee of digital services.
	phraseGuaranteeBox = apiTOSPhrase{
		textfmt.EN: "> These rights result from articles L. 224-25-1 to L. 224-25-31 of the French Consumer Code.",
		textfmt.FR: "> Ces droits résultent de l'application des articles L. 224-25-1 à L. 224-25-31 du Code de la consommation.",
	}
	// A consumer acting privately is no controller: the processor terms
	// do not apply to him or her (article 2(2)(c) GDPR).
	phraseHouseholdConsumer = apiTOSPhrase{
		textfmt.EN: "A Consumer acting for purely personal or household purposes, which do not include processing the data of a person whom the Consumer employs, even at home, is not a controller (article 2(2)(c) of the GDPR)",
		textfmt.FR: "Le Consommateur qui agit à des fins strictement personnelles ou domestiques, fins qui n'incluent pas le traitement des données d'une personne qu'il emploie, même à domicile, n'est pas responsable du traitement (article 2, paragraphe 2, point c), du RGPD)",
	}
	phraseDPANotForConsumers = apiTOSPhrase{
		textfmt.EN: "It does not apply to a Consumer acting for purely personal or household purposes",
		textfmt.FR: "Elle ne s'applique pas au Consommateur qui agit à des fins strictement personnelles ou domestiques",
	}
	// The provider's own purposes are bound by the terms, not by its
	// privacy policy, and joint control is arranged (article 26 GDPR).
	phraseBoundPurposes = apiTOSPhrase{
		textfmt.EN: "for the following purposes, and those alone: ",
		textfmt.FR: "pour les finalités suivantes, et pour elles seules : ",
	}
	phraseJointControl = apiTOSPhrase{
		textfmt.EN: "joint controllers within the meaning of article 26 of the GDPR",
		textfmt.FR: "responsables conjoints au sens de l'article 26 du RGPD",
	}
	phrasePolicyPurposes = apiTOSPhrase{
		textfmt.EN: "for the purposes described in its privacy policy",
		textfmt.FR: "pour les finalités décrites dans sa politique de confidentialité",
	}
	// A processor improves the API only with anonymous data (article
	// 28(10) GDPR).
	phraseAnonymousOnly = apiTOSPhrase{
		textfmt.EN: "only after making them anonymous",
		textfmt.FR: "qu'après les avoir rendues anonymes",
	}
	// Special categories of data (article 9 GDPR) are declared as
	// answered, never "none" by default, and never serve the Provider's
	// own purposes; without them, users may not send any.
	phraseNoSpecialCategories = apiTOSPhrase{
		textfmt.EN: "special categories of data: none;",
		textfmt.FR: "catégories particulières de données : aucune ;",
	}
	phraseSpecialForbidden = apiTOSPhrase{
		textfmt.EN: "a User shall include none in its requests",
		textfmt.FR: "l'Utilisateur n'en inclut aucune dans ses requêtes",
	}
	phraseSpecialNoOwnPurpose = apiTOSPhrase{
		textfmt.EN: "and shall not make them anonymous to improve the API or to produce statistics",
		textfmt.FR: "et ne les rend pas anonymes pour améliorer l'API ou établir des statistiques",
	}
	phraseExplicitConsent = apiTOSPhrase{
		textfmt.EN: "articles 7(3) and 9(2)(a) of the GDPR",
		textfmt.FR: "article 7, paragraphe 3, et article 9, paragraphe 2, point a), du RGPD",
	}
	// An open licence of the Data never reaches Personal Data (articles
	// 5(1)(b) and 6 GDPR).
	phrasePersonalDataCarveOut = apiTOSPhrase{
		textfmt.EN: "whose processing remains governed by",
		textfmt.FR: "dont le traitement demeure régi par",
	}
	// After the end, a User deletes only what is not its own, and nothing
	// when the end is not its doing (article 1171 C. civ.).
	// The causes of an end not attributable to the User are listed, not
	// illustrated, and those that are the User's own are named.
	phraseDeletionNotOnClosure = apiTOSPhrase{
		textfmt.EN: "due where the User terminates it for any other reason under",
		textfmt.FR: "lorsque l'Utilisateur résilie le Contrat pour un autre motif en application de",
	}
	phraseReusableContributionsKept = apiTOSPhrase{
		textfmt.EN: "and the content of published Contributions that",
		textfmt.FR: "et du contenu des Contributions publiées que",
	}
	phraseOwnRequestsKept = apiTOSPhrase{
		textfmt.EN: "except those it had itself sent in its requests and the results relating to them",
		textfmt.FR: "à l'exception de celles qu'il avait lui-même transmises dans ses requêtes et des résultats qui s'y rapportent",
	}
	// Access paid for with data is not "free", the legal guarantee is then
	// owed, never granted, and the own-purpose use ends with the
	// contract (article 3(1) and 16(2) of directive 2019/770).
	phraseDataFunded = apiTOSPhrase{
		textfmt.EN: "Access is provided without payment of a price; in return, the Provider uses",
		textfmt.FR: "L'accès est fourni sans paiement d'un prix ; en contrepartie, le Fournisseur utilise",
	}
	phraseGuaranteeOwed = apiTOSPhrase{
		textfmt.EN: "articles L. 224-25-2 and L. 224-25-3 of the French Consumer Code",
		textfmt.FR: "articles L. 224-25-2 et L. 224-25-3 du Code de la consommation",
	}
	phraseGuaranteeGranted = apiTOSPhrase{textfmt.EN: "which it grants them", textfmt.FR: "qu'il leur accorde"}
	phraseOwnUseEnds       = apiTOSPhrase{
		textfmt.EN: "the Provider shall stop using that Consumer's requests for its own purposes",
		textfmt.FR: "le Fournisseur cesse d'utiliser ses requêtes pour les finalités propres",
	}
	// Without connection logs, the terms rely on call counts alone.
	phraseCallCounts = apiTOSPhrase{
		textfmt.EN: "of the number of calls to the API",
		textfmt.FR: "du nombre d'appels à l'API",
	}
	// What the annexes of the standard contractual clauses need.
	phraseSCCAnnexes = apiTOSPhrase{
		textfmt.EN: "in Annex I.B, data concerned: ",
		textfmt.FR: "à l'annexe I.B, données concernées : ",
	}
	// Annex I.C names the authority (clause 13 of modules 1 to 3);
	// module 4 has none. Module 1 applies only where the Provider returns
	// personal data of its own: as controller only, or the Contributions
	// it publishes; a processor's own training data are never returned.
	phraseModule1 = apiTOSPhrase{
		textfmt.EN: "module 1 (controller to controller)",
		textfmt.FR: "module 1 (de responsable du traitement à responsable du traitement)",
	}
	phraseNothingReturned = apiTOSPhrase{
		textfmt.EN: "Apart from the data that a User sends in its requests, returned as they are or normalised, and the results that the API computes from them and returns to that User alone, the API returns no Personal Data to Users.",
		textfmt.FR: "Hors les données qu'un Utilisateur envoie dans ses requêtes, renvoyées telles quelles ou normalisées, et les résultats que l'API calcule à partir de celles-ci et ne renvoie qu'à lui, l'API ne renvoie aucune Donnée personnelle aux Utilisateurs.",
	}
	// Annex I.B describes what the responses carry, not all the data
	// received: a contributor's e-mail address is never returned.
	phraseReturnedData = apiTOSPhrase{
		textfmt.EN: "data concerned: those of the following data that the responses of the API contain: ",
		textfmt.FR: "données concernées : celles des données suivantes que contiennent les réponses de l'API : ",
	}
	phraseContactNotReturned = apiTOSPhrase{
		textfmt.EN: "are neither published nor returned by the API",
		textfmt.FR: "ne sont ni publiées ni renvoyées par l'API",
	}
	phraseAuthority = apiTOSPhrase{
		textfmt.EN: "in Annex I.C, competent supervisory authority",
		textfmt.FR: "à l'annexe I.C, autorité de contrôle compétente",
	}
	phraseNoAuthority = apiTOSPhrase{
		textfmt.EN: "in Annex I.C, no supervisory authority is designated, clause 13 of those clauses not applying to module 4",
		textfmt.FR: "à l'annexe I.C, aucune autorité de contrôle n'est désignée, la clause 13 de ces clauses ne s'appliquant pas au module 4",
	}
	phraseCircularAuthority = apiTOSPhrase{textfmt.EN: "designated under clause 13", textfmt.FR: "désignée conformément à la clause 13"}
	// A restriction on Data under an open licence binds only access to
	// the API (section 4.8 of the ODbL, article 1190 of the Civil Code).
	phraseAccessNotData = apiTOSPhrase{
		textfmt.EN: "This restriction concerns access to the API and not the Data",
		textfmt.FR: "Cette restriction porte sur l'accès à l'API et non sur les Données",
	}
	phraseFlowDownSparesData = apiTOSPhrase{
		textfmt.EN: "without restricting the reuse of the Data that",
		textfmt.FR: "sans restreindre la réutilisation des Données que permet",
	}
	phraseDataSurvive = apiTOSPhrase{
		textfmt.EN: "continue to apply to the Data that the User keeps",
		textfmt.FR: "continuent de s'appliquer aux Données que l'Utilisateur conserve",
	}
	// A paying business may use the API internally under non-commercial
	// terms; with free access, internal business use is commercial.
	phrasePaidInternalUse = apiTOSPhrase{
		textfmt.EN: "the User's use of the API for its own internal needs, including those of its business",
		textfmt.FR: "l'usage que l'Utilisateur fait de l'API pour ses propres besoins internes, y compris ceux de son activité économique",
	}
	phraseFreeInternalUse = apiTOSPhrase{
		textfmt.EN: "for the needs of the business of an undertaking, even internally",
		textfmt.FR: "pour les besoins de l'activité économique d'une entreprise, même en interne",
	}
	phraseDevelopmentAndTesting = apiTOSPhrase{
		textfmt.EN: "the development and testing of Applications by any User, an undertaking included",
		textfmt.FR: "le développement et l'essai d'Applications par tout Utilisateur, entreprise comprise",
	}
	// "No attribution" keeps the notices the licences require.
	phraseLicenceNotices = apiTOSPhrase{
		textfmt.EN: "except for the notices that the licence",
		textfmt.FR: "sous réserve des mentions qu'exige",
	}
	// A Provider's definition agrees with any provider.
	phraseProviderDefinition = apiTOSPhrase{
		textfmt.EN: "means the person identified at the head of these terms, ",
		textfmt.FR: "désigne la personne identifiée en tête des présentes conditions, ",
	}
	// English prevails only where French law lets it (loi 94-665).
	// A public-law provider: French alone is authoritative (loi 94-665,
	// art. 5), public information stays free to reuse and is credited
	// with its date (CRPA, L. 321-1 and L. 322-1), and the courts may be
	// administrative.
	phraseFrenchOnlyAuthoritative = apiTOSPhrase{
		textfmt.EN: "only the French version is authoritative, towards every User",
		textfmt.FR: "seule la version française fait foi, à l'égard de tout Utilisateur",
	}
	phrasePublicInformationReuse = apiTOSPhrase{
		textfmt.EN: "does not restrict the right of any person to reuse them, for any purpose",
		textfmt.FR: "ne restreint pas le droit de toute personne de les réutiliser, à toute fin",
	}
	phrasePublicInformationSource = apiTOSPhrase{
		textfmt.EN: "it shall state their source and the date of their last update",
		textfmt.FR: "il en mentionne la source et la date de la dernière mise à jour",
	}
	phraseAdministrativeCourts = apiTOSPhrase{
		textfmt.EN: "fall within the jurisdiction of the administrative courts, save those that the law assigns to the judicial courts",
		textfmt.FR: "relèvent de la juridiction administrative, sauf ceux que la loi attribue à la juridiction judiciaire",
	}
	// The User's own content is not the Provider's Data, and stays
	// confidential (L. 151-1 C. com.).
	phraseUserContentExcluded = apiTOSPhrase{
		textfmt.EN: "returned by the API, excluding User Content",
		textfmt.FR: "renvoyés par l'API, à l'exclusion du Contenu de l'Utilisateur",
	}
	phraseConfidentialRequests = apiTOSPhrase{
		textfmt.EN: "The Provider shall keep the requests, the User Content and the link between each request and the API's response to it confidential",
		textfmt.FR: "Le Fournisseur garde confidentiels les requêtes, le Contenu de l'Utilisateur et le lien entre chaque requête et la réponse que l'API y apporte",
	}
	// A SEPA debit names its scheme, where the mandate is signed and its
	// pre-notification.
	phraseSEPAScheme = apiTOSPhrase{textfmt.EN: "(SEPA B2B)", textfmt.FR: "(SEPA B2B)"}
	phraseSEPANotice = apiTOSPhrase{
		textfmt.EN: "The Provider shall notify the User by e-mail of the amount and date of each debit",
		textfmt.FR: "Le Fournisseur notifie à l'Utilisateur, par courrier électronique, le montant et la date de chaque prélèvement",
	}
	// Service level remedies: exclusive, and not counted towards the cap (RT-7).
	phraseSLAExclusive = apiTOSPhrase{
		textfmt.EN: "Those remedies are the only compensation due for failing to meet those levels",
		textfmt.FR: "Ces mesures de compensation constituent la seule indemnisation due au titre du non-respect de ces niveaux",
	}
	phraseSLACap = apiTOSPhrase{textfmt.EN: "do not count towards the cap set in", textfmt.FR: "ne s'imputent pas sur le plafond prévu à"}
	// Processor data end with the Agreement (art. 28(3)(g) GDPR).
	phraseProcessorDataEnd = apiTOSPhrase{
		textfmt.EN: "are deleted or returned at the end of the Agreement under Paragraph",
		textfmt.FR: "sont supprimées ou restituées au terme du Contrat conformément au point",
	}
	// Without a cap, liability is the ordinary law's, whose foreseeability
	// limit yields to gross negligence (art. 1231-3 C. civ.): the terms
	// do not restate it half.
	phraseForeseeableOnly = apiTOSPhrase{textfmt.EN: "direct and foreseeable", textfmt.FR: "directes et prévisibles"}
	phraseOwnSubjects     = apiTOSPhrase{textfmt.EN: " (data subjects: ", textfmt.FR: " (personnes concernées : "}
	// Law 94-665 requires French towards consumers in France only.
	phraseFrenchForPublicBodies = apiTOSPhrase{
		textfmt.EN: "except towards a User that is a Consumer residing in France, a Non-Professional established in France, a French public-law entity or a private entity entrusted with a public service in France, for which the French version is authoritative",
		textfmt.FR: "sauf à l'égard d'un Utilisateur qui est un Consommateur résidant en France, un Non-professionnel établi en France, une personne morale de droit public français ou une personne privée chargée d'une mission de service public en France, pour lequel la version française fait foi",
	}
	// Sanctions follow the provider's establishment.
	phraseFrenchSanctions = apiTOSPhrase{
		textfmt.EN: "or by France, in particular under articles L. 562-2 and following of the French Monetary and Financial Code",
		textfmt.FR: "ou par la France, notamment en application des articles L. 562-2 et suivants du Code monétaire et financier",
	}
	phraseEstablishmentSanctions = apiTOSPhrase{
		textfmt.EN: "or by the State in which the Provider is established",
		textfmt.FR: "ou par l'État dans lequel le Fournisseur est établi",
	}
	// VAT: with a number, added where the Provider owes it, and
	// self-assessed by a business user established in another Member
	// State (articles 44 and 196 of directive 2006/112); the basic
	// exemption with its threshold; another exemption with its ground.
	phraseVATAdded = apiTOSPhrase{
		textfmt.EN: "except where the supply is taxable in another State, as set out below.",
		textfmt.FR: "sauf lorsque la prestation est imposable dans un autre État, comme il est dit ci-après.",
	}
	// Outside the Union, no State is named: the tax, or a similar one, is
	// that of the State where the supply is taxable (RT-6).
	phraseVATAddedOutsideEU = apiTOSPhrase{
		textfmt.EN: "is added to them at the rate in force in the State in which the supply is taxable under the law governing that tax, except where the Provider invoices exclusive of tax, as set out below.",
		textfmt.FR: "s'y ajoute au taux en vigueur dans l'État où la prestation est imposable selon la loi qui régit cette taxe, sauf lorsque le Fournisseur facture hors taxes, comme il est dit ci-après.",
	}
	phraseReverseCharge = apiTOSPhrase{
		textfmt.EN: "accounts for the tax under the reverse charge (article 196 of that Directive)",
		textfmt.FR: "acquitte la taxe par autoliquidation (article 196 de la même directive)",
	}
	phraseConsumerVAT = apiTOSPhrase{
		textfmt.EN: "(article 58 of that Directive)",
		textfmt.FR: "(article 58 de la même directive)",
	}
	phrase293B = apiTOSPhrase{
		textfmt.EN: "VAT not applicable, article 293 B of the French General Tax Code",
		textfmt.FR: "TVA non applicable, article 293 B du Code général des impôts",
	}
	phraseSmallEnterprises = apiTOSPhrase{
		textfmt.EN: "exemption scheme for small enterprises of the Member State in which it is established (articles 281 and following",
		textfmt.FR: "régime de franchise des petites entreprises de l'État membre dans lequel il est établi (articles 281 et suivants",
	}
	phraseThreshold = apiTOSPhrase{
		textfmt.EN: "That addition is not a price increase under",
		textfmt.FR: "Cet ajout ne constitue pas une hausse de prix au sens de",
	}
	phraseOutsideEU = apiTOSPhrase{
		textfmt.EN: "which is established outside the European Union and is identified for value added tax neither in it nor in the State where it is established, charges no such tax",
		textfmt.FR: "établi hors de l'Union européenne et qui n'est identifié à la taxe sur la valeur ajoutée ni dans l'Union ni dans l'État où il est établi, ne facture aucune taxe de cette nature",
	}
	// Paid access says how the price is paid and invoiced.
	phraseInvoices = apiTOSPhrase{
		textfmt.EN: "Invoices shall be sent to the User by e-mail",
		textfmt.FR: "Les factures sont adressées à l'Utilisateur par courrier électronique",
	}
	// Invoices between professionals state the discount for early payment
	// (C. com., L. 441-9, I), which the general terms fix (L. 441-1).
	phraseNoEarlyPaymentDiscount = apiTOSPhrase{
		textfmt.EN: "No discount is granted for early payment.",
		textfmt.FR: "Aucun escompte n'est accordé en cas de paiement anticipé.",
	}
	// A French legal person that publishes contributions names its
	// director of publication (LCEN, art. 6, III, 1, c); law 82-652,
	// art. 93-2).
	phrasePublicationDirector = apiTOSPhrase{
		textfmt.EN: "- **Director of publication:** ",
		textfmt.FR: "- **Directeur de la publication :** ",
	}
	// A public buyer pays under the Public Procurement Code, not under
	// article L. 441-10 of the Commercial Code.
	phrasePublicBuyer = apiTOSPhrase{
		textfmt.EN: "Where the User is a buyer subject to the French Public Procurement Code",
		textfmt.FR: "Lorsque l'Utilisateur est un acheteur soumis au Code de la commande publique",
	}
	// A public body's receipts are collected by its public accountant on a
	// revenue order; whether it may claim the penalties of article
	// L. 441-10 of the Commercial Code is uncertain, so it claims none.
	phraseRevenueOrder = apiTOSPhrase{
		textfmt.EN: "are the subject of a revenue order (titre de recettes) that the Provider issues and that its public accountant collects",
		textfmt.FR: "font l'objet d'un titre de recettes qu'émet le Fournisseur et que recouvre son comptable public",
	}
	// Under public accounting, a card taken at the order goes to a revenue
	// agency (CGCT R. 1617-1 ff.); without one, it pays the notice of sums
	// payable after the revenue order, never before it.
	phraseRevenueAgency = apiTOSPhrase{
		textfmt.EN: "Payment by bank card is collected by the Provider's cash office (régie de recettes)",
		textfmt.FR: "Le paiement par carte bancaire est encaissé par la régie de recettes du Fournisseur",
	}
	phraseCardAtOrder = apiTOSPhrase{
		textfmt.EN: "Payment by bank card is made ",
		textfmt.FR: "Le paiement par carte bancaire intervient ",
	}
	phraseCardOnNotice = apiTOSPhrase{
		textfmt.EN: "payment by bank card being made online on that notice",
		textfmt.FR: "le paiement par carte bancaire s'effectuant en ligne sur cet avis",
	}
	// A revenue order is contested within two months (CGCT L. 1617-5, 2°).
	phraseRevenueOrderTwoMonths = apiTOSPhrase{
		textfmt.EN: "shall be raised within two months of receipt of the revenue order",
		textfmt.FR: "dans un délai de deux mois à compter de la réception du titre de recettes",
	}
	// A timely contestation of a revenue order suspends its enforceability
	// (CGCT L. 1617-5, 1°): no notice, suspension or termination for the
	// sum contested while it is pending.
	phraseContestedOrderKeepsAccess = apiTOSPhrase{
		textfmt.EN: "nor suspend access or terminate the Agreement for failure to pay it, until that contestation has been decided",
		textfmt.FR: "ni ne suspend l'accès ou ne résilie le Contrat pour défaut de paiement de celle-ci, tant que cette contestation n'a pas été tranchée",
	}
	// Electronic invoicing under article 289 bis CGI binds taxable persons
	// only: never a public body that charges no VAT.
	phraseEInvoicingFrance = apiTOSPhrase{
		textfmt.EN: "where article 289 bis of the French General Tax Code so requires",
		textfmt.FR: "lorsque l'article 289 bis du Code général des impôts l'impose",
	}
	// An industrial and commercial public service is bound to its users by
	// private law and answers to the judicial courts (TC, 17 December 1962,
	// Dame Bertrand): its terms say so, and hedge nothing for
	// administrative contracts, which only an administrative service has.
	// A card payment is taken on ordering, whatever the payment period of
	// invoices paid by other means.
	// With restricted access the application is no order: the card is
	// charged on the order, which only an admitted person can place
	// (articles 1127-1 and 1127-2 C. civ.; L. 221-14 C. conso.).
	phraseCardOnAdmission = apiTOSPhrase{
		textfmt.EN: "Payment by bank card is made when the order is placed, which can only follow the confirmation of the admission under Article",
		textfmt.FR: "Le paiement par carte bancaire intervient lors de la commande, qui ne peut avoir lieu qu'après la confirmation de l'admission prévue à l'article",
	}
	phraseCardOnOrder = apiTOSPhrase{
		textfmt.EN: "Payment by bank card is made when the order is placed",
		textfmt.FR: "Le paiement par carte bancaire intervient lors de la commande",
	}
	// A provider established in another Member State follows its own
	// State's e-invoicing rules (in Italy, the Sistema di Interscambio).
	phraseStateEInvoicing = apiTOSPhrase{
		textfmt.EN: "where the law of the State in which the Provider is established so requires",
		textfmt.FR: "lorsque la loi de l'État où le Fournisseur est établi l'impose",
	}
	// A consumer keeps the language the law of his or her residence
	// requires (Rome I, art. 6(2); art. 9 of the Italian Consumer Code).
	phraseConsumerLanguage = apiTOSPhrase{
		textfmt.EN: "a version of these terms written in such a language; that version is then authoritative towards him or her",
		textfmt.FR: "une version des présentes conditions rédigée dans une telle langue ; cette version fait alors foi à son égard",
	}
	// Controller of the account and connection data whatever its role,
	// and towards a Consumer even as the processor of professional Users,
	// the Provider tells every data subject, once, in the clause on users'
	// data, where to complain (GDPR, art. 13(2)(d) and 77).
	phraseConsumerComplaint = apiTOSPhrase{
		textfmt.EN: "He or she may lodge a complaint with",
		textfmt.FR: "Elle peut introduire une réclamation auprès",
	}
	// The processing terms and Annex I.B of the standard contractual
	// clauses name whose data they are, apart from which data (GDPR, art.
	// 28(3)).
	phraseDataSubjects = apiTOSPhrase{
		textfmt.EN: "Categories of data subjects: ",
		textfmt.FR: "Personnes concernées : ",
	}
	phraseTransferSubjects = apiTOSPhrase{
		textfmt.EN: "persons concerned: ",
		textfmt.FR: "personnes concernées : ",
	}
	// A person who paid and is then refused credentials is refunded, as a
	// refused applicant under restricted access is.
	phraseRefusedCredentialsRefunded = apiTOSPhrase{
		textfmt.EN: "refuses to issue Access Credentials to a person who has paid, it shall refund the sums received from that person in full",
		textfmt.FR: "de délivrer des Identifiants d'accès à une personne qui a payé, il lui rembourse intégralement les sommes perçues",
	}
	phraseJudicialCourts = apiTOSPhrase{
		textfmt.EN: "disputes relating to the Agreement fall within the jurisdiction of the judicial courts",
		textfmt.FR: "les litiges relatifs au Contrat relèvent de la juridiction judiciaire",
	}
	// A public body's price pays for the service of the API, never for the
	// reuse of public information, which is free as a rule (CRPA, art.
	// L. 324-1), and reciprocity never conditions that reuse (L. 323-2,
	// L. 325-1).
	phrasePublicPriceService = apiTOSPhrase{
		textfmt.EN: "Those prices pay for the service that the API provides",
		textfmt.FR: "Ces prix rémunèrent le service que fournit l'API",
	}
	phrasePublicShareAlike = apiTOSPhrase{
		textfmt.EN: "this obligation attaches only to the use of the API, never to the reuse of those Data",
		textfmt.FR: "cette obligation ne porte que sur l'usage de l'API, jamais sur la réutilisation de ces Données",
	}
	phraseCommercialCodePenalties = apiTOSPhrase{
		textfmt.EN: "under articles L. 441-10 and D. 441-5 of the French Commercial Code",
		textfmt.FR: "en application des articles L. 441-10 et D. 441-5 du Code de commerce",
	}
	// Prices state their currency, which a user established elsewhere
	// cannot guess.
	phraseCurrency = apiTOSPhrase{
		textfmt.EN: "Prices are stated and invoiced in",
		textfmt.FR: "Les prix sont exprimés et facturés en",
	}
	// Under restricted access, credentials follow a check of eligibility.
	phraseEligibilityChecked = apiTOSPhrase{
		textfmt.EN: "after checking that the person meets the criteria of",
		textfmt.FR: "après avoir vérifié que la personne remplit les critères de",
	}
	// A provider established outside the EEA names its representative in
	// the Union (articles 13(1)(a) and 27 GDPR); a Swiss one applies the
	// clauses with the adaptations of the FDPIC.
	phraseEURepresentative = apiTOSPhrase{
		textfmt.EN: "Representative in the European Union (article 27 of the GDPR):",
		textfmt.FR: "Représentant dans l'Union européenne (article 27 du RGPD) :",
	}
	phraseFADP = apiTOSPhrase{
		textfmt.EN: "Swiss Federal Act on Data Protection of 25 September 2020 (FADP)",
		textfmt.FR: "loi fédérale suisse sur la protection des données du 25 septembre 2020 (LPD)",
	}
	// Refunds whenever the Agreement ends for a cause not attributable to
	// the User (article 1302 of the Civil Code).
	phraseNotAttributable = apiTOSPhrase{
		textfmt.EN: "When the Agreement ends for one of the causes not attributable to the User that",
		textfmt.FR: "Lorsque le Contrat prend fin pour l'une des causes non imputables à l'Utilisateur qu'énumère limitativement",
	}
	// A consumer domiciled in the Union sues at home and is sued only at
	// home (articles 17 and 18 of Regulation 1215/2012); mediation follows
	// the State of establishment (article 13 of directive 2013/11).
	phraseBrusselsIbis = apiTOSPhrase{
		textfmt.EN: "the Provider may bring proceedings against the Consumer only in the courts of the Member State where the Consumer is domiciled (articles 17 and 18 of Regulation (EU) No 1215/2012",
		textfmt.FR: "le Fournisseur ne peut agir contre lui que devant les juridictions de l'État membre du domicile du Consommateur (articles 17 et 18 du règlement (UE) n° 1215/2012",
	}
	phraseADRDirective = apiTOSPhrase{
		textfmt.EN: "article 13 of Directive 2013/11/EU",
		textfmt.FR: "l'article 13 de la directive 2013/11/UE",
	}
	// The cap binds both parties (article 1171 of the Civil Code), and
	// nothing in it limits the Provider's liability to consumers and
	// non-professionals.
	phraseMutualCap = apiTOSPhrase{
		textfmt.EN: "Each party's total liability under the Agreement, for all causes combined, is limited to ",
		textfmt.FR: "La responsabilité totale de chaque partie au titre du Contrat, toutes causes confondues, est limitée ",
	}
	phraseConsumerCarveOut = apiTOSPhrase{
		textfmt.EN: "and they in no way limit the Provider's liability towards a Consumer or a Non-Professional",
		textfmt.FR: "et ne limitent en rien la responsabilité du Fournisseur envers un Consommateur ou un Non-professionnel",
	}
	// Every carve-out names the Consumer, even where the terms exclude
	// consumers, for one who gets in by a false declaration (RS2-6).
	phraseNonProfessionalCarveOut = apiTOSPhrase{
		textfmt.EN: "and they in no way limit the Provider's liability towards a Non-Professional",
		textfmt.FR: "et ne limitent en rien la responsabilité du Fournisseur envers un Non-professionnel",
	}
	phraseServiceLevelConsumers = apiTOSPhrase{
		textfmt.EN: "in no way limit the rights of a Consumer or a Non-Professional",
		textfmt.FR: "ne limitent en rien les droits d'un Consommateur ou d'un Non-professionnel",
	}
	// A compulsory attempt at settlement never bars a non-professional's
	// action (R. 212-2, 10°, and R. 212-5 of the Consumer Code); the
	// amicable step bars no party's action at all, a prior conciliation
	// clause being a plea of inadmissibility only where it says so (Cass.
	// ch. mixte, 14 February 2003; RS2-7).
	phraseSettlementNonProfessional = apiTOSPhrase{
		textfmt.EN: "or before that period has expired, is not inadmissible on that account.",
		textfmt.FR: "ou avant l'expiration de ce délai, n'est pas irrecevable de ce fait.",
	}
	// The choice of court, set in bold, binds professional Users only: in
	// an international dispute under article 25 of Regulation 1215/2012,
	// which alone governs it for a provider established outside France;
	// in a purely French one, merchants only (article 48 CPC).
	phraseProfessionalsCourt = apiTOSPhrase{
		textfmt.EN: "acting for professional purposes falls within the exclusive jurisdiction",
		textfmt.FR: "agissant à des fins professionnelles relève de la compétence exclusive",
	}
	phraseArticle25 = apiTOSPhrase{
		textfmt.EN: "article 25 of Regulation (EU) No 1215/2012",
		textfmt.FR: "article 25 du règlement (UE) n° 1215/2012",
	}
	// Spanish law voids an express choice of court in adhesion contracts
	// (article 54(2) LEC): a provider established in Spain chooses its
	// courts only towards users established elsewhere.
	phraseCourtAbroadOnly = apiTOSPhrase{
		textfmt.EN: "established in a State other than the one in which the Provider is established and acting for professional purposes falls within the exclusive jurisdiction",
		textfmt.FR: "établi dans un autre État que celui où le Fournisseur est établi et agissant à des fins professionnelles relève de la compétence exclusive",
	}
	phraseForeignProfessionalsOnly = apiTOSPhrase{
		textfmt.EN: "between the Provider and a User domiciled outside France and acting for professional purposes falls within the exclusive jurisdiction",
		textfmt.FR: "entre le Fournisseur et un Utilisateur domicilié hors de France et agissant à des fins professionnelles relève de la compétence exclusive",
	}
	phraseMerchantsOnly = apiTOSPhrase{
		textfmt.EN: "or (b) the Provider and the User have both contracted as merchants (article 48 of the French Code of Civil Procedure)",
		textfmt.FR: "ou b) le Fournisseur et l'Utilisateur ont tous deux contracté en qualité de commerçant (article 48 du Code de procédure civile)",
	}
	phraseMerchant = apiTOSPhrase{textfmt.EN: "merchant", textfmt.FR: "commerçant"}
	// Share-alike reaches only programming interfaces.
	phraseShareAlikeAPIsOnly = apiTOSPhrase{
		textfmt.EN: "nor to Applications that are not application programming interfaces",
		textfmt.FR: "ni aux Applications qui ne sont pas des interfaces de programmation",
	}
	// Share-alike has one trigger in both clauses, an interface offered
	// to the public that calls the API, and leaves out private
	// integrations for the User's group or named partners.
	phraseShareAlikeTrigger = apiTOSPhrase{
		textfmt.EN: "an application programming interface that calls the API",
		textfmt.FR: "une interface de programmation qui appelle l'API",
	}
	phraseShareAlikePrivate = apiTOSPhrase{
		textfmt.EN: "or for partners designated by name in a contract with the User",
		textfmt.FR: "ou aux partenaires désignés nommément dans un contrat conclu avec lui",
	}
	// Under an open data licence, paying or not, users may make of the
	// Data every non-commercial use the terms allow them (articles 1169
	// and 1170 of the Civil Code), and non-commercial use is defined by
	// the commercial uses it excludes, never by an indirect advantage.
	// The licence of the Data is known: the terms state what it allows
	// instead of both alternatives.
	// A licence that allows commercial reuse never opens a way round
	// non-commercial use of the API: the Data obtained through the API
	// are bound by it, and the licence governs a download if there is
	// one, or else yields to the restriction towards Users.
	phraseCommercialReuseOpen = apiTOSPhrase{
		textfmt.EN: "as the licence permits commercial reuse of the Data, anyone, Users included, may make it on the licence's terms",
		textfmt.FR: "la licence permettant la réutilisation commerciale des Données, chacun, Utilisateurs compris, peut y procéder dans ses conditions",
	}
	// The Provider's own purposes rest on its legitimate interest, never
	// on the performance of the contract (EDPB Guidelines 2/2019), and an
	// objection to them does not cost the data subject access.
	phraseOwnPurposesBasis = apiTOSPhrase{
		textfmt.EN: "(point (f)), and never on the performance of the Agreement",
		textfmt.FR: "(point f)), et jamais sur l'exécution du Contrat",
	}
	// Contributions sent to be published rest on the interest in
	// building and publishing the database, which is what the
	// contributor expects, not on improving the service.
	phraseOwnPurposesPublication = apiTOSPhrase{
		textfmt.EN: "on its legitimate interest in pursuing those purposes and in building and publishing its database with the Contributions it receives for that purpose",
		textfmt.FR: "sur son intérêt légitime à poursuivre ces finalités ainsi qu'à constituer et publier sa base de données avec les Contributions qu'il reçoit à cette fin",
	}
	// A public authority may not rely on legitimate interest for the
	// processing it carries out in the performance of its tasks (article
	// 6(1), last subparagraph, GDPR): point (e), with the same objection.
	phraseOwnPurposesPublicTask = apiTOSPhrase{
		textfmt.EN: "It bases the processing it carries out for the purposes listed above on the performance of the task carried out in the public interest with which it is vested and of which they form part (point (e))",
		textfmt.FR: "Il fonde les traitements qu'il effectue pour les finalités énumérées ci-dessus sur l'exécution de la mission d'intérêt public dont il est investi et dans laquelle elles s'inscrivent (point e))",
	}
	phraseObjectionKeepsAccess = apiTOSPhrase{
		textfmt.EN: "An objection has no effect on access to the API or on the Agreement",
		textfmt.FR: "L'opposition est sans effet sur l'accès à l'API et sur le Contrat",
	}
	// An online termination takes effect from the form, never from a
	// later confirmation (articles L. 215-1-1 and D. 215-1 C. consom.).
	phraseTerminationOnSubmission = apiTOSPhrase{
		textfmt.EN: "is received by the Provider as soon as the form is sent. The date on which the form is sent is the date on which the termination is notified",
		textfmt.FR: "est reçue par le Fournisseur dès l'envoi du formulaire. La date de cet envoi est celle de la notification de la résiliation",
	}
	phraseTerminationAwaitsConfirmation = apiTOSPhrase{
		textfmt.EN: "when the User confirms it",
		textfmt.FR: "que lorsque l'Utilisateur la confirme",
	}
	// A regulated profession gives its title, order, rules and insurer
	// (article 19 LCEN, article R. 111-2 C. consom.).
	phraseProfessionalTitle = apiTOSPhrase{
		textfmt.EN: "Professional title and State that granted it:",
		textfmt.FR: "Titre professionnel et État qui l'a octroyé :",
	}
	phraseMembershipNumber = apiTOSPhrase{
		textfmt.EN: ", under number 13-123456",
		textfmt.FR: ", sous le numéro 13-123456",
	}
	// A profession bound to secrecy (e.g. ordinance 45-2138, art. 21; C.
	// pén. 226-13) treats requests as covered by it and draws nothing
	// from them for itself, not even anonymous statistics.
	phraseProfessionalSecrecy = apiTOSPhrase{
		textfmt.EN: "The Provider is bound to professional secrecy by the rules of its profession, and shall treat the requests, the User Content and the link between each request and the API's response to it",
		textfmt.FR: "Le Fournisseur est astreint au secret professionnel par les règles de sa profession, et traite les requêtes, le Contenu de l'Utilisateur et le lien entre chaque requête et la réponse que l'API y apporte",
	}
	phraseNotEvenAnonymous = apiTOSPhrase{
		textfmt.EN: "It shall use them neither to improve the API nor to produce statistics, even after making them anonymous.",
		textfmt.FR: "Il ne les utilise ni pour améliorer l'API ni pour établir des statistiques, même après les avoir rendues anonymes.",
	}
	phraseNoStatisticsUnderSecrecy = apiTOSPhrase{
		textfmt.EN: "and shall derive no statistics from them, even aggregated or anonymous",
		textfmt.FR: "et n'en tire aucune statistique, même agrégée ou anonyme",
	}
	phraseInsuranceCover = apiTOSPhrase{
		textfmt.EN: "; geographical cover: ",
		textfmt.FR: " ; couverture géographique : ",
	}
	// Published consumer reviews come with the information the law
	// requires (article L. 111-7-2 C. consom.), checked or not.
	phraseReviewsInformation = apiTOSPhrase{
		textfmt.EN: "gives the following information on how they are published and processed",
		textfmt.FR: "délivre sur leurs modalités de publication et de traitement les informations suivantes",
	}
	phraseReviewsNotChecked = apiTOSPhrase{
		textfmt.EN: "reviews are not subject to any procedure checking their authenticity",
		textfmt.FR: "les avis ne font l'objet d'aucune procédure de contrôle de leur authenticité",
	}
	// A contribution's adaptation names no example foreign to the data.
	phrasePhotoExamples = apiTOSPhrase{textfmt.EN: "number plates", textfmt.FR: "plaques d'immatriculation"}
	// A hosting provider reports suspected offences threatening life or
	// safety (article 18 DSA).
	phraseSuspectedOffences = apiTOSPhrase{
		textfmt.EN: "a criminal offence involving a threat to the life or safety of a person or persons",
		textfmt.FR: "une infraction pénale présentant une menace pour la vie ou la sécurité d'une ou de plusieurs personnes",
	}
	// Online formation states its technical steps and the means of
	// correcting input errors before acceptance (article 1127-1 C. civ.).
	phraseTechnicalSteps = apiTOSPhrase{
		textfmt.EN: "which he or she can identify and correct at any time before submitting the form",
		textfmt.FR: "qu'elle peut identifier et corriger à tout moment avant de valider le formulaire",
	}
	// An assignment agreed in advance never reduces the User's rights
	// (article R. 212-2, 5°, C. consom., also for Non-Professionals).
	phraseAssignmentKeepsRights = apiTOSPhrase{
		textfmt.EN: "without any reduction of the User's rights",
		textfmt.FR: "sans diminution des droits de l'Utilisateur",
	}
	// A provider established in another Member State cites the directive
	// its own law transposes, not French statutes alone.
	phraseLatePaymentDirective = apiTOSPhrase{
		textfmt.EN: "which transpose articles 3 and 6 of Directive 2011/7/EU",
		textfmt.FR: "qui transposent les articles 3 et 6 de la directive 2011/7/UE",
	}
	// Contributors learn that the Data's licence lets third parties reuse
	// their Contributions commercially (article L. 131-3 CPI).
	phraseContributionsCommercialReuse = apiTOSPhrase{
		textfmt.EN: "Published Contributions may therefore be reused by third parties, including for commercial purposes",
		textfmt.FR: "Les Contributions publiées peuvent ainsi être réutilisées par des tiers, y compris à des fins commerciales",
	}
	phraseAPIDataNonCommercial = apiTOSPhrase{
		textfmt.EN: "concerns the use of the API and of the Data that the User obtains through it",
		textfmt.FR: "porte sur l'usage de l'API et des Données que l'Utilisateur obtient au moyen de celle-ci",
	}
	// Data also published for download under their open licence: the
	// licence governs them whichever way they are obtained, and the terms
	// govern access to the API only, never the download. What is
	// downloaded is the sets the Documentation names, not every result
	// computed for a request.
	phraseDownloadSameLicence = apiTOSPhrase{
		textfmt.EN: "the sets of Data that the Documentation designates, on the same licence terms",
		textfmt.FR: "les jeux de Données que désigne la Documentation, aux mêmes conditions de licence",
	}
	phraseDownloadOutsideAgreement = apiTOSPhrase{
		textfmt.EN: "it does not govern the download of the Data, to which neither the usage limits of the API nor the commitments the Provider makes in respect of the API apply",
		textfmt.FR: "il ne régit pas le téléchargement des Données, auquel ne s'appliquent ni les limites d'usage de l'API ni les engagements que le Fournisseur prend au titre de celle-ci",
	}
	phraseCommercialReuseByDownload = apiTOSPhrase{
		textfmt.EN: "only if it obtains them through the download provided for in this article",
		textfmt.FR: "que s'il les obtient par le téléchargement prévu au présent article",
	}
	phraseRestrictionPrevails = apiTOSPhrase{
		textfmt.EN: "towards the User, it prevails over the reuse that the licence permits",
		textfmt.FR: "à l'égard de l'Utilisateur, elle prévaut sur la réutilisation que permet la licence",
	}
	phraseTemporaryStorage = apiTOSPhrase{textfmt.EN: "temporary storage", textfmt.FR: "la conservation temporaire"}
	phraseHosting          = apiTOSPhrase{
		textfmt.EN: "answering those requests and hosting the data that the User stores in the API",
		textfmt.FR: "répondre à ces requêtes et d'héberger les données que l'Utilisateur conserve dans l'API",
	}
	phraseStoredOutOfRetention = apiTOSPhrase{
		textfmt.EN: "the retention period above does not apply to them",
		textfmt.FR: "le délai de conservation qui précède ne s'applique pas à elles",
	}
	// A controller only has no processor's terms for hosting what users
	// store (articles 4(8) and 28(3) GDPR): the users store none.
	phraseNoPersonalStored = apiTOSPhrase{
		textfmt.EN: "does not host Personal Data on the User's behalf, and the User shall not store any in the API",
		textfmt.FR: "n'héberge pas de Données personnelles pour le compte de l'Utilisateur, et l'Utilisateur s'interdit d'en conserver dans l'API",
	}
	phraseExportFormat = apiTOSPhrase{
		textfmt.EN: "The Provider shall make the exportable data and digital assets available in a structured, commonly used and machine-readable format.",
		textfmt.FR: "Le Fournisseur met les données et actifs numériques exportables à disposition dans un format structuré, couramment utilisé et lisible par machine.",
	}
	phraseExportExclusions = apiTOSPhrase{
		textfmt.EN: "excluded from export",
		textfmt.FR: "exclue",
	}
	// A consumer keeping his or her own data is outside the GDPR
	// (article 2(2)(c)): the Provider keeps them as controller, and only
	// business users of a controller only are forbidden to store any.
	phraseConsumerStoredAsController = apiTOSPhrase{
		textfmt.EN: "stores there are processed by the Provider as controller, solely to keep them for that Consumer",
		textfmt.FR: "y conserve sont traitées par le Fournisseur en qualité de responsable du traitement, à la seule fin de les conserver pour ce Consommateur",
	}
	phraseConsumerStoredControllerOnly = apiTOSPhrase{
		textfmt.EN: "that a Consumer acting for purely personal or household purposes stores in the API, a data processing service",
		textfmt.FR: "qu'un Consommateur agissant à des fins strictement personnelles ou domestiques conserve dans l'API, service de traitement",
	}
	phraseBusinessStoresNone = apiTOSPhrase{
		textfmt.EN: "a User that is not such a Consumer shall not store Personal Data in the API",
		textfmt.FR: "l'Utilisateur qui n'est pas un tel Consommateur s'interdit de conserver des Données personnelles dans l'API",
	}
	// French public persons contract only in French (article 5 of law
	// no. 94-665): terms in English only admit none of them and say
	// nothing of public buyers.
	phrasePublicBodiesAdmitted = apiTOSPhrase{
		textfmt.EN: "such as companies, public bodies, associations",
		textfmt.FR: "telles que les sociétés, les organismes publics, les associations",
	}
	phrasePublicPersonsExcluded = apiTOSPhrase{
		textfmt.EN: "Nor may French public-law persons, or private persons entrusted with a public service mission",
	}
	phraseStoredNotAnonymised = apiTOSPhrase{
		textfmt.EN: "that anonymisation does not extend to the data the User stores in the API",
		textfmt.FR: "cette anonymisation ne porte pas sur les données que l'Utilisateur conserve dans l'API",
	}
	phraseStoredLossCarveOut = apiTOSPhrase{
		textfmt.EN: "nor to the loss or corruption of the data the User stores in the API under the data processing service",
		textfmt.FR: "ni à la perte ou à l'altération des données que l'Utilisateur conserve dans l'API au titre du service de traitement de données",
	}
	phraseContributionsKeptAfterSwitching = apiTOSPhrase{
		textfmt.EN: "Contributions already published are not part of those data",
		textfmt.FR: "Les Contributions déjà publiées ne font pas partie de ces données",
	}
	phraseSecurityAsProcessor = apiTOSPhrase{
		textfmt.EN: "which the Provider takes under article 32 of the GDPR as processor (article 28(3)(c) of the GDPR",
		textfmt.FR: "que le Fournisseur met en œuvre en application de l'article 32 du RGPD en qualité de sous-traitant (article 28, paragraphe 3, point c), du RGPD",
	}
	phraseSecurityAsController = apiTOSPhrase{
		textfmt.EN: "which the Provider takes under article 32 of the GDPR as controller of the processing of those data",
		textfmt.FR: "que le Fournisseur met en œuvre en application de l'article 32 du RGPD en qualité de responsable du traitement de ces données",
	}
	phraseSecurityBothRoles = apiTOSPhrase{
		textfmt.EN: "as processor for the data it processes on Users' behalf (article 28(3)(c) of the GDPR",
		textfmt.FR: "en qualité de sous-traitant pour les données qu'il traite pour le compte des Utilisateurs (article 28, paragraphe 3, point c), du RGPD",
	}
	phraseAuthorNamed = apiTOSPhrase{
		textfmt.EN: "Each published Contribution bears the name or pseudonym that its author has made known to the Provider, unless the author has chosen to remain anonymous",
		textfmt.FR: "Chaque Contribution publiée porte le nom ou le pseudonyme que son auteur a fait connaître au Fournisseur, sauf si celui-ci a choisi de rester anonyme",
	}
	// The credit is stated once: the other mentions refer to it.
	phraseCreditRepeated = apiTOSPhrase{
		textfmt.EN: "by the name or pseudonym",
		textfmt.FR: "par le nom ou le pseudonyme",
	}
	// The purpose qualifies the rights the Provider exercises itself,
	// before the right to make the Contribution available to others.
	phraseContributionsPurpose = apiTOSPhrase{
		textfmt.EN: "Those rights are granted for the purposes of building, publishing and updating the database, and of making the Data available",
		textfmt.FR: "Ces droits sont concédés aux fins de constituer, de publier et de tenir à jour la base de données, et de mettre les Données à la disposition",
	}
	// Only the author may waive his or her rights (article L. 121-1
	// CPI for the moral right): under CC0 the Provider licenses
	// Contributions on terms equivalent to the fallback licence, and the
	// waiver of the Data does not reach them.
	phraseContributionsCC0Fallback = apiTOSPhrase{
		textfmt.EN: "on terms equivalent to those of the fallback licence of the Creative Commons CC0 1.0 Universal instrument",
		textfmt.FR: "dans des conditions équivalentes à celles de la licence subsidiaire de l'instrument Creative Commons CC0 1.0 Universel",
	}
	phraseWaiverSparesContributions = apiTOSPhrase{
		textfmt.EN: "This waiver does not extend to Contributions, in which only their authors could waive their rights",
		textfmt.FR: "La présente renonciation ne porte pas sur les Contributions, aux droits desquelles seuls leurs auteurs pourraient renoncer",
	}
	// Under a commercial licence of the Data, published Contributions
	// follow that licence, and contributors learn that the Provider sells
	// their reuse while their own licence is free.
	phraseContributionsCommercialTerms = apiTOSPhrase{
		textfmt.EN: "without prejudice to any licence that the contributor or the author grants directly; the licence granted in this article remains free of charge even where the Provider grants the licence in that document for consideration",
		textfmt.FR: "sans préjudice de toute licence que le contributeur ou l'auteur consent directement ; la licence concédée au présent article demeure gratuite lors même que le Fournisseur consent à titre onéreux la licence prévue par ce document",
	}
	phraseContributionsAreData = apiTOSPhrase{
		textfmt.EN: "Published Contributions are Data for the purposes of this article",
		textfmt.FR: "Les Contributions publiées sont des Données au sens du présent article",
	}
	phraseConsumerContributionsSold = apiTOSPhrase{
		textfmt.EN: "The Provider publishes the Consumer's Contributions within the Data and licenses their reuse, with the other Data, including for consideration",
		textfmt.FR: "Le Fournisseur publie les Contributions du Consommateur au sein des Données et en concède la réutilisation, avec les autres Données, y compris à titre onéreux",
	}
	phraseContributionsNonCommercialReuse = apiTOSPhrase{
		textfmt.EN: "Published Contributions may therefore be reused by third parties for the purposes that the licence of the Data permits",
		textfmt.FR: "Les Contributions publiées peuvent ainsi être réutilisées par des tiers aux fins que permet la licence des Données",
	}
	// Contributions are what the Documentation marks as such (not a
	// private log sent to the same API), their personal data are no part
	// of the licence of the Data, illegal content can be notified and a
	// removal is reasoned (articles 16 and 17 of Regulation 2022/2065),
	// and a free Consumer service states the licence among what the
	// Consumer provides in return (article L. 121-2 C. conso.).
	phraseContributionDated = apiTOSPhrase{
		textfmt.EN: "The Provider shall publish each Contribution with the date and time at which it received it",
		textfmt.FR: "Le Fournisseur publie chaque Contribution avec la date et l'heure auxquelles il l'a reçue",
	}
	// The Provider cannot vouch for what third parties contribute: its
	// warranty of title leaves Contributions to the warranty of the User
	// that sends them
	// and to notice and action (DSA arts. 6 and 16), and reusers must
	// name the author of a work whatever the licence (article L. 121-1
	// CPI), the DbCL having no attribution condition.
	phraseWarrantyExceptContributions = apiTOSPhrase{
		textfmt.EN: "except the rights in Contributions, which it makes available in reliance on the warranty of the User that sends them",
		textfmt.FR: "à l'exception des droits sur les Contributions, qu'il met à disposition sur la foi de la garantie de l'Utilisateur qui les transmet",
	}
	// A work in a contribution under a licence that requires credit
	// names its author by the published name or pseudonym, and the
	// Provider as source; an ODbL database, whose DbCL asks for no
	// credit, releases those works under CC BY 4.0 (section 3(a)).
	phraseCreditForm = apiTOSPhrase{
		textfmt.EN: "which, with the Provider named as the source of the Data, makes up the credit",
		textfmt.FR: "Ce nom ou ce pseudonyme constitue, avec la mention du Fournisseur comme source des Données, la mention de l'auteur",
	}
	phraseWorksCCBY = apiTOSPhrase{
		textfmt.EN: "Creative Commons Attribution 4.0 International licence (CC BY 4.0)",
		textfmt.FR: "licence Creative Commons Attribution 4.0 International (CC BY 4.0)",
	}
	phraseReusersNameAuthor = apiTOSPhrase{
		textfmt.EN: "A User that reuses a work it contains, such as a photograph, shall give that name or pseudonym with it",
		textfmt.FR: "L'Utilisateur qui réutilise une œuvre qu'elle contient, telle une photographie, mentionne avec elle ce nom ou ce pseudonyme",
	}
	phraseDissolution = apiTOSPhrase{
		textfmt.EN: "If the Provider is dissolved, the Provider or the person in charge of its liquidation shall, as soon as the dissolution is decided, deposit the Specification of each version of the API in a public archive",
		textfmt.FR: "En cas de dissolution du Fournisseur, celui-ci ou la personne chargée de sa liquidation dépose, dès que la dissolution est décidée, la Spécification de chaque version de l'API dans une archive publique",
	}
	// The relative clause cannot attach to the personal data left out
	// of the deposit: the deposited Data are named again.
	phraseDissolutionReusable = apiTOSPhrase{
		textfmt.EN: "; the Data deposited remain reusable as provided in",
		textfmt.FR: " ; les Données déposées demeurent réutilisables dans les conditions de l'",
	}
	phraseDissolutionData = apiTOSPhrase{
		textfmt.EN: "together with the latest version of the Data",
		textfmt.FR: "ainsi que la dernière version des Données",
	}
	// A professional User established in Italy approves the choice of
	// court by a box of its own, in the acceptance steps and in the
	// clause (arts. 1341-1342 c.c.).
	phraseSpecificApprovalBox = apiTOSPhrase{
		textfmt.EN: "A User established in Italy and acting for professional purposes shall in addition tick a separate box, not ticked in advance, by which it specifically approves in writing the jurisdiction clause of",
		textfmt.FR: "L'Utilisateur établi en Italie qui agit à des fins professionnelles coche en outre une case distincte, non cochée d'avance, par laquelle il approuve spécialement par écrit la clause attributive de juridiction de l'",
	}
	phraseSpecificApproval = apiTOSPhrase{
		textfmt.EN: "A User established in Italy is bound by that clause only if it has specifically approved it in writing, by a separate box, not ticked in advance, when accepting the Agreement (articles 1341 and 1342 of the Italian Civil Code)",
		textfmt.FR: "L'Utilisateur établi en Italie n'est lié par cette clause que s'il l'a spécialement approuvée par écrit, au moyen d'une case distincte, non cochée par défaut, lors de l'acceptation du Contrat (articles 1341 et 1342 du Code civil italien)",
	}
	phraseTDMItaly = apiTOSPhrase{
		textfmt.EN: "article 70-quater of Italian Law no. 633 of 22 April 1941 on copyright",
		textfmt.FR: "l'article 70-quater de la loi italienne n° 633 du 22 avril 1941 sur le droit d'auteur",
	}
	// The API passes as the devolution rules of the Provider's law and
	// statutes direct, and a liquidation closes it on the notice of a
	// breaking change, not on the longer closure and deprecation periods.
	phraseDevolution = apiTOSPhrase{
		textfmt.EN: "as far as the rules of the liquidation allow, that the person who receives the API, whether it is sold to that person or passes to that person with the net assets remaining after the debts are paid in accordance with the rules on the devolution of its assets that apply to it under its law and its statutes",
		textfmt.FR: "dans la mesure où les règles de la liquidation le permettent, à ce que la personne qui reçoit l'API, qu'elle lui soit cédée ou qu'elle lui soit dévolue avec l'actif net restant après le paiement des dettes conformément aux règles de dévolution de ses biens que lui rendent applicables sa loi et ses statuts",
	}
	phraseDevolutionFrance = apiTOSPhrase{
		textfmt.EN: "article 9 of the law of 1 July 1901 and article 15 of the decree of 16 August 1901",
		textfmt.FR: "l'article 9 de la loi du 1er juillet 1901 et l'article 15 du décret du 16 août 1901",
	}
	phraseDevolutionItaly = apiTOSPhrase{
		textfmt.EN: "article 9 of Italian Legislative Decree no. 117 of 3 July 2017 (Third Sector Code)",
		textfmt.FR: "l'article 9 du décret législatif italien n° 117 du 3 juillet 2017 (code du tiers secteur)",
	}
	phraseDissolutionNotice = apiTOSPhrase{
		textfmt.EN: "sets for other Breaking Changes, and the closure may take effect before the date until which a deprecated version was to remain available",
		textfmt.FR: "prévoit pour les autres Modifications incompatibles, et la fermeture peut prendre effet avant la date jusqu'à laquelle une version déclarée obsolète devait rester disponible",
	}
	phraseContributionsEndpoint = apiTOSPhrase{
		textfmt.EN: "through the endpoints that the Documentation reserves for their publication, or bearing the marker that it provides for that purpose",
		textfmt.FR: "au moyen des points d'accès que la Documentation réserve à leur publication, ou munis du marqueur qu'elle prévoit à cet effet",
	}
	phraseReuserController = apiTOSPhrase{
		textfmt.EN: "or the other Personal Data that a Contribution may contain, does so as the controller of a separate processing",
		textfmt.FR: "ou les autres Données personnelles que contiendrait une Contribution, le fait en qualité de responsable d'un traitement distinct",
	}
	phraseNoticeAndAction = apiTOSPhrase{textfmt.EN: "(article 16 of the Digital Services Act)", textfmt.FR: "(article 16 du règlement sur les services numériques)"}
	phraseDSAContactPoint = apiTOSPhrase{
		textfmt.EN: "and for Users and other recipients of the service (article 12 of that Regulation) is the e-mail address",
		textfmt.FR: "et pour les Utilisateurs et autres destinataires du service (article 12 de ce règlement) est l'adresse électronique",
	}
	phraseHumanReview = apiTOSPhrase{
		textfmt.EN: "Any such decision is taken after examination by a person",
		textfmt.FR: "Toute décision de cette nature est prise après examen par une personne",
	}
	phraseStatementOfReasons = apiTOSPhrase{
		textfmt.EN: "with a clear and specific statement of the reasons for the decision",
		textfmt.FR: "par un exposé clair et spécifique des motifs de la décision",
	}
	phraseLicenceCounterpart = apiTOSPhrase{
		textfmt.EN: "the Consumer grants the Provider, in his or her Contributions, the licence provided in",
		textfmt.FR: "le Consommateur concède au Fournisseur, sur ses Contributions, la licence prévue à l'",
	}
	phraseSummaryLicence = apiTOSPhrase{
		textfmt.EN: "and holds a licence over the Contributions that Users send it for publication",
		textfmt.FR: "et bénéficie d'une licence sur les Contributions que les Utilisateurs lui transmettent pour publication",
	}
	phraseContributionsLicence = apiTOSPhrase{
		textfmt.EN: "on a non-exclusive basis and free of charge, for the whole world and for the whole duration of the rights, the following rights",
		textfmt.FR: "à titre non exclusif et gratuit, pour le monde entier et pour toute la durée des droits, les droits suivants",
	}
	phraseContributionsNotConfidential = apiTOSPhrase{
		textfmt.EN: "This paragraph does not apply to Contributions",
		textfmt.FR: "Le présent alinéa ne s'applique pas aux Contributions",
	}
	phraseContributionsKept = apiTOSPhrase{
		textfmt.EN: "and the contact details that the author gives so as to be reached about it, such as an e-mail address, which are neither published nor returned by the API: to publish that credit and to manage Contributions with their authors",
		textfmt.FR: "et les coordonnées qu'il communique pour être joint à son sujet, telle une adresse électronique, coordonnées qui ne sont ni publiées ni renvoyées par l'API : pour publier cette mention et gérer les Contributions avec leurs auteurs",
	}
	// The retention of requests spares the published Contributions and
	// their authors' contact details, which contacting them needs.
	phraseContributionsRetentionSpared = apiTOSPhrase{
		textfmt.EN: "of published Contributions and the contact details of their authors,",
		textfmt.FR: "des Contributions publiées et les coordonnées de leurs auteurs,",
	}
	// Reusers respect the work (article L. 121-1 CPI) without losing the
	// adaptations that the licence of the Data allows.
	phraseContributionsAdaptations = apiTOSPhrase{
		textfmt.EN: "bound to respect the moral right that the law grants the author (article L. 121-1 of the French Intellectual Property Code); the adaptations that the licence under which the work is made available allows do not in themselves infringe its author's moral right, provided they do not distort the work",
		textfmt.FR: "tenu de respecter le droit moral que la loi reconnaît à l'auteur (article L. 121-1 du Code de la propriété intellectuelle) ; les adaptations que permet la licence sous laquelle l'œuvre est mise à disposition ne portent pas atteinte par elles-mêmes au droit moral de son auteur, pourvu qu'elles ne la dénaturent pas",
	}
	phraseContributionsIntegrity = apiTOSPhrase{textfmt.EN: "impair their integrity", textfmt.FR: "n'en altère pas l'intégrité"}
	// Pseudonymous contributions are personal data: the licence of the
	// Data keeps their content and leaves out only what identifies the
	// author and the images of recognisable persons.
	phraseLicenceKeepsContributions = apiTOSPhrase{
		textfmt.EN: "other than the content of Contributions, nor, within Contributions, to the data that identify their author, such as a pseudonym, or to the image of recognisable persons",
		textfmt.FR: "autres que le contenu des Contributions, ni, dans celles-ci, sur les données qui identifient leur auteur, tel son pseudonyme, ou sur l'image des personnes reconnaissables",
	}
	phraseLicenceCoversContributions = apiTOSPhrase{
		textfmt.EN: " the rest of the content of Contributions, which anyone reuses subject to the GDPR in so far as it relates to an identifiable person",
		textfmt.FR: " le reste du contenu des Contributions, que quiconque réutilise sous réserve du RGPD dans la mesure où il se rapporte à une personne identifiable",
	}
	// The terms state the moderation policy, or where it is described
	// (article 14(1) DSA), for every hosting service.
	phraseModerationPolicy = apiTOSPhrase{
		textfmt.EN: "the Documentation describes the policies, procedures, measures and tools that it uses to moderate content, including any algorithmic decision-making and human review",
		textfmt.FR: "la Documentation décrit les politiques, procédures, mesures et outils qu'il utilise à des fins de modération des contenus, y compris la prise de décision fondée sur un algorithme et le réexamen humain",
	}
	phraseComplaintRules = apiTOSPhrase{
		textfmt.EN: "the rules of procedure of the internal complaint-handling system that the last paragraph of this article sets out (article 14(1) of the Digital Services Act)",
		textfmt.FR: "le règlement intérieur du système interne de traitement des réclamations que prévoit le dernier alinéa du présent article (article 14, paragraphe 1, du règlement sur les services numériques)",
	}
	// A free service that processes the Consumer's data for the
	// Provider's own purposes falls under directive 2019/770 (article
	// 3(1)), but the data are the Provider's processing, never an
	// advantage the Consumer "provides" in return (GDPR, art. 7(4)).
	phraseDataAsConsideration = apiTOSPhrase{
		textfmt.EN: "the only advantage",
		textfmt.FR: "seul avantage",
	}
	phraseDataNotCondition = apiTOSPhrase{
		textfmt.EN: "without access to the API depending on it",
		textfmt.FR: "sans que l'accès à l'API en dépende",
	}
	phraseDataNotConsideration = apiTOSPhrase{
		textfmt.EN: "(article 6(1)(e) of the GDPR), not on that of the performance of the Agreement: that processing is not consideration for access to the API, which does not depend on it",
		textfmt.FR: "(article 6, paragraphe 1, point e), du RGPD), et non sur celui de l'exécution du Contrat : ce traitement n'est pas la contrepartie de l'accès à l'API, qui n'en dépend pas",
	}
	phraseConsumerContent = apiTOSPhrase{
		textfmt.EN: "the Provider shall stop using the Consumer's Contributions",
		textfmt.FR: "le Fournisseur cesse d'utiliser les Contributions du Consommateur",
	}
	phraseDeletionRequired = apiTOSPhrase{
		textfmt.EN: "unless the law requires it to keep them (article 16(2)",
		textfmt.FR: "sauf obligation légale de conservation (article 16, paragraphe 2",
	}
	phraseDeletionCommitment = apiTOSPhrase{
		textfmt.EN: "That commitment is in addition to the obligations that the GDPR imposes on the Provider for those data, to which article L. 221-26-1 of the French Consumer Code refers for withdrawal",
		textfmt.FR: "Cet engagement s'ajoute aux obligations que le RGPD impose au Fournisseur à l'égard de ces données, auxquelles renvoient, pour la rétractation, l'article L. 221-26-1 du Code de la consommation",
	}
	// The ODbL covers the database, not its contents, which the terms
	// place under a named licence; only an unknown licence leaves both
	// cases open.
	phraseContentsLicence        = apiTOSPhrase{textfmt.EN: "Database Contents License (DbCL) 1.0", textfmt.FR: "Database Contents License (DbCL) 1.0"}
	phraseContentsLicenceOuverte = apiTOSPhrase{
		textfmt.EN: "the contents of the database available under the Licence Ouverte / Open Licence version 2.0, a licence on the list set by article D. 323-2-1",
		textfmt.FR: "les contenus de la base à disposition sous la Licence Ouverte / Open Licence version 2.0, licence de la liste que fixe l'article D. 323-2-1",
	}
	phraseWorksNotPublicInformation = apiTOSPhrase{
		textfmt.EN: "as their authors keep their rights in them, those works are not public information (article L. 321-2 of that Code)",
		textfmt.FR: "leurs auteurs en conservant les droits, ces œuvres ne sont pas des informations publiques (article L. 321-2 du même code)",
	}
	phraseContentsSameTerms = apiTOSPhrase{
		textfmt.EN: "Where the licence covers only the database",
		textfmt.FR: "Lorsque la licence ne porte que sur la base de données",
	}
	phraseEitherLicence      = apiTOSPhrase{textfmt.EN: "Where, on the contrary, the licence", textfmt.FR: "Lorsqu'au contraire la licence"}
	phraseNonCommercialGrant = apiTOSPhrase{
		textfmt.EN: "and for the duration of the Agreement, to use and reproduce the Data and to communicate them to End Users within its Applications, for any Non-Commercial Purpose",
		textfmt.FR: "et pendant la durée du Contrat, à utiliser et à reproduire les Données et à les communiquer aux Utilisateurs finaux au sein de ses Applications, à toute Finalité non commerciale",
	}
	phraseIndirectAdvantage        = apiTOSPhrase{textfmt.EN: "directly or indirectly", textfmt.FR: "directement ou indirectement"}
	phraseExhaustiveCommercialUses = apiTOSPhrase{
		textfmt.EN: "The following, and only the following, are commercial uses:",
		textfmt.FR: "Seuls constituent des usages commerciaux :",
	}
	// Openly licensed Data: rules on caching bind calls, not reuse; a
	// safety limit is a disclaimer passed on, not a prohibition; share-alike
	// reaches interfaces that call the API, with listed commitments.
	phraseCachingSparesData = apiTOSPhrase{
		textfmt.EN: "those rules govern calls to the API and do not restrict the reuse of the Data obtained",
		textfmt.FR: "ces règles encadrent les appels à l'API et ne restreignent pas la réutilisation des Données obtenues",
	}
	phraseSafetyProhibition = apiTOSPhrase{
		textfmt.EN: "The User shall not use them as the sole basis of such a decision, unless a specific agreement with the Provider allows it",
		textfmt.FR: "L'Utilisateur ne les utilise pas comme fondement unique d'une telle décision, sauf accord particulier",
	}
	phraseSafetyDisclaimer = apiTOSPhrase{
		textfmt.EN: "The Provider does not warrant that they are fit for such use",
		textfmt.FR: "Le Fournisseur ne garantit pas leur aptitude à un tel usage",
	}
	phraseSafetyInformation = apiTOSPhrase{
		textfmt.EN: "It shall give them the information provided for in",
		textfmt.FR: "Il leur donne l'information prévue à",
	}
	phraseShareAlikeData = apiTOSPhrase{textfmt.EN: "Data obtained from it", textfmt.FR: "Données obtenues au moyen de celle-ci"}
	phraseShareAlikeAll  = apiTOSPhrase{
		textfmt.EN: "at least the commitments that the Provider makes in these terms",
		textfmt.FR: "au moins les engagements que le Fournisseur prend dans les présentes conditions",
	}
	// "No attribution" names the licences' own notices in its heading.
	phraseNoAttributionHeading = apiTOSPhrase{textfmt.EN: "No attribution", textfmt.FR: "Absence de mention de la source"}
	// No subjective test of added value.
	phraseAddedValue = apiTOSPhrase{textfmt.EN: "substantial value", textfmt.FR: "valeur ajoutée substantielle"}
	// Every call carries an IP address (CJEU, C-582/14, Breyer): the
	// Provider's role for connection data is stated whatever the option.
	phraseConnectionData = apiTOSPhrase{
		textfmt.EN: "The Provider likewise processes, as controller, the technical connection data of each call to the API",
		textfmt.FR: "Le Fournisseur traite de même, en qualité de responsable du traitement, les données techniques de connexion de chaque appel à l'API",
	}
	phrasePersonalData = apiTOSPhrase{textfmt.EN: "Personal Data", textfmt.FR: "Données personnelles"}
	// Implementing the Specification is free; copying its text follows
	// its licence.
	phraseNonAssertionScope = apiTOSPhrase{
		textfmt.EN: "the reproduction and adaptation of its text remain governed by the licence of the Specification",
		textfmt.FR: "la reproduction et l'adaptation de son texte demeurent régies par la licence de la Spécification",
	}
	// Facts only the Provider can make true are its undertakings.
	phraseTDMUndertaking = apiTOSPhrase{
		textfmt.EN: "The Provider shall also express that reservation in a machine-readable form",
		textfmt.FR: "Le Fournisseur exprime en outre cette opposition sous une forme lisible par machine",
	}
	// A SEPA debit cannot fall due before the Provider may debit it: when
	// invoices are payable sooner than the pre-notification, the notified
	// debit date is their due date (L. 441-10 C. com.).
	phraseSEPADueDate = apiTOSPhrase{
		textfmt.EN: "on the debit date notified as provided below, which is their due date",
		textfmt.FR: "à la date de prélèvement notifiée comme il est dit ci-après, qui vaut date d'échéance",
	}
	// The mandate belongs to the SEPA debit alone, never to a card payment.
	phraseMandateOfDebit = apiTOSPhrase{
		textfmt.EN: "by SEPA direct debit under a mandate signed by the User",
		textfmt.FR: "par prélèvement SEPA en vertu d'un mandat signé par l'Utilisateur",
	}
	phraseMandateOfAll = apiTOSPhrase{textfmt.EN: "debit, under a mandate", textfmt.FR: "SEPA, en vertu d'un mandat"}
	// Prices exclusive of taxes are for professionals only; consumers are
	// shown prices including taxes (L. 112-1 C. conso.).
	phraseExclusiveOfTaxesForAll = apiTOSPhrase{
		textfmt.EN: "Prices are stated exclusive of taxes. Value",
		textfmt.FR: "Les prix s'entendent hors taxes. La taxe",
	}
	phraseExclusiveOfTaxesForProfessionals = apiTOSPhrase{
		textfmt.EN: "Prices offered to Users acting for professional purposes are stated exclusive of taxes.",
		textfmt.FR: "Les prix proposés aux Utilisateurs agissant à des fins professionnelles s'entendent hors taxes.",
	}
	// A paid offer a Consumer subscribes to after opening an Account is a
	// new order (L. 221-14, L. 221-18 and L. 221-25 C. conso.).
	phraseLaterOrderWithdrawal = apiTOSPhrase{
		textfmt.EN: "for a paid offer subscribed to later in his or her Account, of that subscription",
		textfmt.FR: "pour une offre payante souscrite ultérieurement dans son Compte, à compter de cette souscription",
	}
	phraseLaterOrderButton = apiTOSPhrase{
		textfmt.EN: "Each paid offer that a Consumer subscribes to later in his or her Account is a separate order",
		textfmt.FR: "Chaque offre payante que le Consommateur souscrit ultérieurement dans son Compte constitue une commande distincte",
	}
	phraseLaterOrderConfirmation = apiTOSPhrase{
		textfmt.EN: "and each paid offer a Consumer subscribes to in his or her Account,",
		textfmt.FR: "ainsi que chaque souscription par un Consommateur d'une offre payante dans son Compte,",
	}
	// A public body's licence comes from the decree's list (CRPA, D. 323-2-1).
	phraseDecreeList = apiTOSPhrase{
		textfmt.EN: "a licence on the list fixed by article D. 323-2-1",
		textfmt.FR: "licence figurant sur la liste fixée par l'article D. 323-2-1",
	}
	// A free service paid for neither with money, nor with data, nor with
	// a licence on Contributions is under no legal guarantee (L. 224-25-2
	// C. conso.): the Provider applies it of its own will, and says so.
	phraseGuaranteeVoluntary = apiTOSPhrase{
		textfmt.EN: "The Provider voluntarily applies the legal guarantee",
		textfmt.FR: "Le Fournisseur applique volontairement aux Consommateurs la garantie légale",
	}
	// Every User of a public body's service, consumer or not, may turn to
	// the Défenseur des droits (loi organique n° 2011-333, art. 4, 1°, and
	// 5, 1°).
	phraseDefenseur = apiTOSPhrase{
		textfmt.EN: "to the Défenseur des droits (<https://www.defenseurdesdroits.fr>)",
		textfmt.FR: "le Défenseur des droits (<https://www.defenseurdesdroits.fr>)",
	}
	// A mediator may be competent without membership (a public or
	// residual body): the terms name it as competent, never as joined.
	phraseMediatorJoined = apiTOSPhrase{
		textfmt.EN: "to the following consumer mediator, competent for disputes ",
		textfmt.FR: "au médiateur de la consommation suivant, compétent pour les litiges ",
	}
	// Mediation follows the State of establishment, not the law of the
	// Agreement: French Consumer Code articles only for a provider
	// established in France or outside the Union.
	phraseFrenchMediation = apiTOSPhrase{
		textfmt.EN: "articles L. 612-1 and following of the French Consumer Code",
		textfmt.FR: "aux articles L. 612-1 et suivants du Code de la consommation",
	}
	// An administrative public service's contract may fall under
	// administrative law, which has its own theory of unforeseen
	// circumstances: article 1195 of the Civil Code applies only where the
	// contract is one of private law.
	phrasePrivateLawOnly = apiTOSPhrase{
		textfmt.EN: "This article applies by analogy, as provided in ",
		textfmt.FR: "Le présent article s'applique par analogie, dans les conditions de l'",
	}
	// Its stipulations bind an administrative contract too; only the public
	// body's power to terminate or modify it in the general interest, with
	// compensation, is reserved (CE, 2 May 1958, Magnac-Laval; CCP L. 6).
	phraseHighValueFree = apiTOSPhrase{
		textfmt.EN: "remain accessible free of charge through an API, on the conditions that Regulation lays down",
		textfmt.FR: "demeurent accessibles gratuitement par API, dans les conditions que ce règlement prévoit",
	}
	phraseSubprocessorNotice = apiTOSPhrase{
		textfmt.EN: "of any intended addition or replacement of a sub-processor at least thirty",
		textfmt.FR: "de tout ajout ou remplacement envisagé d'un sous-traitant ultérieur au moins trente",
	}
	phraseSCCFrance = apiTOSPhrase{
		textfmt.EN: "The law and courts referred to in clauses 17 and 18 of those clauses are those of France.",
		textfmt.FR: "Le droit et les juridictions visés aux clauses 17 et 18 de ces clauses sont ceux de la France.",
	}
	phraseSCCContractCourts = apiTOSPhrase{
		textfmt.EN: "The law referred to in clause 17 of those clauses is that of France, which governs the Agreement; the courts referred to in clause 18 are those of",
		textfmt.FR: "Le droit visé à la clause 17 de ces clauses est celui de la France, qui régit le Contrat ; les juridictions visées à la clause 18 sont celles",
	}
	phraseGeneralInterest = apiTOSPhrase{
		textfmt.EN: "they do not prevent it from exercising the power it holds under the general rules of public law to terminate the Agreement with a given User, or to modify its provisions as regards that User, unilaterally on grounds of the general interest",
		textfmt.FR: "elles ne font pas obstacle au pouvoir qu'il tient des règles générales du droit public de résilier le Contrat conclu avec un Utilisateur déterminé, ou d'en modifier les stipulations à son égard, unilatéralement pour un motif d'intérêt général",
	}
	phraseGeneralInterestCompensation = apiTOSPhrase{
		textfmt.EN: "gives a right to compensation for the direct and certain loss resulting from it",
		textfmt.FR: "ouvre droit à l'indemnisation du préjudice direct et certain qui en résulte",
	}
	// A public body charges for public information only within CRPA
	// L. 324-1 ff., and closes its API subject to its duties to publish.
	phraseChargeLimits = apiTOSPhrase{
		textfmt.EN: "articles L. 324-1 and following of the French Code of Relations between the Public and the Administration",
		textfmt.FR: "articles L. 324-1 et suivants du Code des relations entre le public et l'administration",
	}
	phraseDutiesToPublish = apiTOSPhrase{
		textfmt.EN: "subject to the duties to make data available that the law imposes on it",
		textfmt.FR: "sous réserve des obligations de mise à disposition des données que la loi lui impose",
	}
	// The medical-device disclaimer belongs to APIs that handle health or
	// other special categories of data, not to every safety-critical one.
	phraseMedicalDevice = apiTOSPhrase{
		textfmt.EN: "within the meaning of Regulation (EU) 2017/745 on medical devices",
		textfmt.FR: "au sens du règlement (UE) 2017/745 relatif aux dispositifs médicaux",
	}
	// The head of bilingual terms says which version prevails, so that a
	// reader need not reach the clause on languages to learn it.
	frontPrevails = map[string]apiTOSPhrase{
		"public": {
			textfmt.EN: "*Translation for information only: only the French version of these terms is authoritative (",
			textfmt.FR: "*Seule la présente version française fait foi ; la version anglaise n'est qu'une traduction fournie à titre d'information (",
		},
		"fr": {
			textfmt.EN: "*If the French and English versions differ, the French version prevails; where the meaning of the authoritative version is in doubt, ",
			textfmt.FR: "*En cas de divergence entre les versions française et anglaise, la version française prévaut ; en cas de doute sur son sens, ",
		},
		"en": {
			textfmt.EN: "*If the French and English versions differ, the English version prevails, except towards Consumers residing in France, Non-Professionals established in France, French public bodies and private bodies entrusted with a public service in France",
			textfmt.FR: "*En cas de divergence entre les versions française et anglaise, la version anglaise prévaut, sauf à l'égard des Consommateurs résidant en France, des Non-professionnels établis en France, des personnes publiques françaises et des personnes privées chargées d'une mission de service public en France",
		},
	}
	// A processor's loss of its client's personal data in breach of the
	// processing terms stays outside the exclusion of data losses.
	phraseDPALossCarveOut = apiTOSPhrase{
		textfmt.EN: "nor to the loss of Personal Data resulting from a breach by the Provider of the data processing terms of",
		textfmt.FR: "ni à la perte de Données personnelles résultant d'un manquement du Fournisseur aux clauses de sous-traitance de",
	}
	// A processor that anonymises its clients' data for its own statistics
	// is the controller of that processing (article 28(10) GDPR), not a
	// processor acting on an instruction the standard terms impose.
	phraseAnonymisationOwnProcessing = apiTOSPhrase{
		textfmt.EN: "as the controller of that processing alone, on the basis of ",
		textfmt.FR: "en qualité de responsable de ce seul traitement, sur le fondement ",
	}
	phraseLegitimateInterestBasis = apiTOSPhrase{
		textfmt.EN: "its legitimate interest (article 6(1)(f) of the GDPR)",
		textfmt.FR: "de son intérêt légitime (article 6, paragraphe 1, point f), du RGPD)",
	}
	phrasePublicTaskBasis = apiTOSPhrase{
		textfmt.EN: "the task carried out in the public interest with which it is vested (article 6(1)(e) of the GDPR)",
		textfmt.FR: "de la mission d'intérêt public dont il est investi (article 6, paragraphe 1, point e), du RGPD)",
	}
	phraseAnonymisationInstruction = apiTOSPhrase{
		textfmt.EN: "on the User's instructions that this article constitutes",
		textfmt.FR: "sur l'instruction de l'Utilisateur que constitue le présent article",
	}
	// A free provider that does not apply the guarantee voluntarily says
	// that it does not apply, and grants the withdrawal right as its own
	// choice rather than as owed.
	phraseNoGuarantee = apiTOSPhrase{
		textfmt.EN: "the legal guarantee of conformity of digital services does not apply to it",
		textfmt.FR: "la garantie légale de conformité des services numériques ne s'y applique pas",
	}
	phraseVoluntaryWithdrawal = apiTOSPhrase{
		textfmt.EN: "so that the law does not require it, the Provider grants Consumers the right of withdrawal",
		textfmt.FR: "de sorte que la loi ne l'impose pas, le Fournisseur accorde au Consommateur le droit de rétractation",
	}
	// A safety limit binds a Consumer under the conformity guarantee only
	// if accepted expressly and separately (article 8(5) of directive
	// 2019/770).
	phraseSafetySeparateBox = apiTOSPhrase{
		textfmt.EN: "A Consumer shall in addition tick a second, separate box",
		textfmt.FR: "Le Consommateur coche en outre une seconde case distincte",
	}
	phraseSafetyNotNonConformity = apiTOSPhrase{
		textfmt.EN: "is not a lack of conformity (article L. 224-25-14 of the French Consumer Code, which transposes article 8(5) of Directive (EU) 2019/770",
		textfmt.FR: "ne constitue pas un défaut de conformité (article L. 224-25-14 du Code de la consommation, qui transpose l'article 8, paragraphe 5, de la directive (UE) 2019/770",
	}
	// A price decrease is never a change the User has to refuse; only an
	// increase or a price for what was free is.
	phrasePriceDecrease = apiTOSPhrase{
		textfmt.EN: "A price reduction applies without acceptance.",
		textfmt.FR: "Une baisse de prix s'applique sans acceptation.",
	}
	// A User's ordinary termination takes effect at the end of the
	// billing period in progress, paid or not, the sums due remaining due.
	phraseBillingPeriodEnd = apiTOSPhrase{
		textfmt.EN: "takes effect at the end of the billing period in progress on the day the Provider receives it, whether or not that period has been paid for",
		textfmt.FR: "prend effet au terme de la période de facturation en cours au jour de sa réception par le Fournisseur, que cette période ait été payée ou non",
	}
	// A leaked key is not enough to end another person's Agreement: the
	// holder of the e-mail address to which it was sent is told, and a
	// termination he or she did not make has no effect against him or her.
	phraseTerminationConfirmed = apiTOSPhrase{
		textfmt.EN: "a termination made on that page by a person with no authority to act for the User has no effect against the User",
		textfmt.FR: "une résiliation faite sur cette page par une personne qui n'a pas qualité pour agir au nom de l'Utilisateur ne lui est pas opposable",
	}
	// Reusers of a specification under the Licence Ouverte must cite its
	// date of last update, which the Provider therefore publishes; the
	// licence is linked by its text, not by a presentation page.
	phraseLicenceOuverteDate = apiTOSPhrase{
		textfmt.EN: "the Provider shall state that date in the Specification and update it with each new version",
		textfmt.FR: "le Fournisseur indique cette date dans la Spécification et la met à jour à chaque nouvelle version",
	}
	phraseLicenceOuverteText = apiTOSPhrase{
		textfmt.EN: "https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf",
		textfmt.FR: "https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf",
	}
	// Article 28(2) GDPR: a general *written* authorisation.
	phraseWrittenAuthorisation = apiTOSPhrase{
		textfmt.EN: "a general written authorisation to engage other processors",
		textfmt.FR: "une autorisation écrite générale de recruter d'autres sous-traitants",
	}
	// Under restricted access, the box is an application: the Agreement
	// is concluded on admission, after the criteria are checked, and no
	// payment is taken before (articles 1114 and 1127-1 C. civ.; L. 121-11
	// and R. 212-2, 1°, C. conso.); a refused person is refunded.
	phraseConcludedOnAdmission = apiTOSPhrase{
		textfmt.EN: "That acceptance does not conclude the Agreement: it is concluded on the date on which the Provider confirms the admission to the person",
		textfmt.FR: "Cette acceptation ne conclut pas le Contrat : il est conclu à la date à laquelle le Fournisseur confirme à la personne son admission",
	}
	phraseNoPaymentBeforeAdmission = apiTOSPhrase{
		textfmt.EN: "The application is not an order, and no payment is required before the admission is confirmed: a person whose application is refused owes nothing",
		textfmt.FR: "La demande ne vaut pas commande, et aucun paiement n'est exigé avant la confirmation de l'admission : la personne dont la demande est refusée ne doit aucune somme",
	}
	phraseRefusedRefunded = apiTOSPhrase{
		textfmt.EN: "any sum received from a person whose application is refused under the criteria of",
		textfmt.FR: "toute somme perçue d'une personne dont la demande est refusée au regard des critères de",
	}
	phraseOrderOnAdmission = apiTOSPhrase{
		textfmt.EN: "is not an order and entails no payment: the Consumer can place an order only once the Provider has confirmed his or her admission",
		textfmt.FR: "ne vaut pas commande et n'emporte aucun paiement : le Consommateur ne peut passer commande qu'une fois son admission confirmée par le Fournisseur",
	}
	phraseWithdrawalFromConclusion = apiTOSPhrase{textfmt.EN: "of its conclusion", textfmt.FR: "à compter de la conclusion du Contrat"}
	phraseWithdrawalFromAcceptance = apiTOSPhrase{textfmt.EN: "days of accepting", textfmt.FR: "à compter de son acceptation du Contrat"}
	// What a person checks before accepting (article 1127-2 C. civ.): an
	// order in an Account, the plan chosen on a credentials request form.
	phraseOrderDetails = apiTOSPhrase{
		textfmt.EN: "the details and total price of the order",
		textfmt.FR: "le détail de sa commande et son prix total",
	}
	phraseRequestForm = apiTOSPhrase{
		textfmt.EN: "on the request form, the offer chosen, its total price and the terms that apply to it",
		textfmt.FR: "sur le formulaire de demande, l'offre choisie, son prix total et les conditions qui s'y appliquent",
	}
	// Without a cap, service level remedies count towards damages; they
	// are never the only compensation (article 1190 C. civ.).
	phraseSLADeducted = apiTOSPhrase{
		textfmt.EN: "Those remedies count towards any damages due for failing to meet those levels, which they do not limit",
		textfmt.FR: "Ces mesures de compensation s'imputent sur les dommages et intérêts dus, le cas échéant, au titre du non-respect de ces niveaux, qu'elles ne limitent pas",
	}
	// The statutory box follows the guarantee it describes, whatever
	// sentence comes between.
	phraseGuaranteeRules = apiTOSPhrase{
		textfmt.EN: "The rules of that guarantee are set out below",
		textfmt.FR: "Le régime de cette garantie est rappelé ci-dessous",
	}
	phraseGuaranteeRulesAmbiguous = apiTOSPhrase{textfmt.EN: "Its rules are set out below", textfmt.FR: "Son régime est rappelé ci-dessous"}
	// VAT after the franchise is never added before Users are told and
	// may leave (R. 212-4 C. conso. for Non-Professionals).
	phraseVATLaterDate = apiTOSPhrase{
		textfmt.EN: "from the later of the following two dates: the date on which the Provider becomes liable for it, and the end of",
		textfmt.FR: "à compter de la plus tardive des deux dates suivantes : celle à laquelle le Fournisseur en devient redevable, et l'expiration d'un délai de",
	}
	phraseVATBorne = apiTOSPhrase{
		textfmt.EN: "include the tax, which the Provider alone bears",
		textfmt.FR: "le Fournisseur supporte seul la taxe due sur ces prix",
	}
	// A Consumer or a Non-Professional may leave after an assignment
	// (R. 212-2, 5°, and R. 212-5 C. conso.).
	phraseAssignmentExit = apiTOSPhrase{
		textfmt.EN: "may however terminate the Agreement at no cost within",
		textfmt.FR: "peut toutefois résilier le Contrat sans frais dans un délai de",
	}
	phraseAssignmentExitConsumers = apiTOSPhrase{
		textfmt.EN: "A Consumer or a Non-Professional may however terminate",
		textfmt.FR: "Le Consommateur ou le Non-professionnel peut toutefois résilier",
	}
	// A sole trader's business may end with its owner: the Specification
	// is deposited where it outlives the Provider, and a French sole
	// trader may transfer its business assets as a whole (L. 526-27 C.
	// com.).
	phraseSpecificationDeposit = apiTOSPhrase{
		textfmt.EN: "in a public archive kept by a third party, whose address the Documentation gives",
		textfmt.FR: "dans une archive publique tenue par un tiers, dont la Documentation indique l'adresse",
	}
	phraseBestEndeavoursNotice = apiTOSPhrase{
		textfmt.EN: "shall use reasonable efforts to inform Users of it by e-mail as soon as possible",
		textfmt.FR: "d'en informer les Utilisateurs par courrier électronique dès que possible",
	}
	phraseBusinessAssets = apiTOSPhrase{
		textfmt.EN: "a universal transfer of the Provider's business assets (article L. 526-27 of the French Commercial Code)",
		textfmt.FR: "de transfert universel de son patrimoine professionnel (article L. 526-27 du Code de commerce)",
	}
	phraseMerger = apiTOSPhrase{textfmt.EN: "a merger", textfmt.FR: "de fusion"}
	// Security measures belong to a document of the Agreement, which the
	// Provider may not change to lower them, not to the Documentation.
	phraseSecurityInDocumentation = apiTOSPhrase{
		textfmt.EN: "describes in the Documentation",
		textfmt.FR: "décrit dans la Documentation",
	}
	// The invoice bears the reverse-charge mention the law requires, not a
	// wording fixed in one language (article 226(11a) of Directive
	// 2006/112/EC; the invoicing rules are the supplier's State's).
	phraseReverseChargeMention = apiTOSPhrase{
		textfmt.EN: "the invoice bearing the reverse-charge statement that article 226(11a) of that Directive requires",
		textfmt.FR: "la facture portant la mention d'autoliquidation qu'exige l'article 226, point 11 bis), de la même directive",
	}
	phraseFixedReverseChargeWords = apiTOSPhrase{textfmt.EN: "“Reverse charge”", textfmt.FR: "« Autoliquidation »"}
	// Switching under the Data Act (articles 25 and 29 of Regulation (EU)
	// 2023/2854): the end of the contract, erasure after the retrieval
	// period, and no switching charges from 12 January 2027.
	phraseSwitchingEnd = apiTOSPhrase{
		textfmt.EN: "The Agreement ends, and the Provider shall notify the User that it has ended, once the switching has been successfully completed",
		textfmt.FR: "Le Contrat prend fin, et le Fournisseur en informe l'Utilisateur, dès que le changement a été mené à bien",
	}
	phraseSwitchingErasure = apiTOSPhrase{
		textfmt.EN: "When the retrieval period expires, the Provider shall fully erase the exportable data and digital assets",
		textfmt.FR: "À l'expiration de la période d'extraction, le Fournisseur efface intégralement les données et actifs numériques exportables",
	}
	phraseSwitchingCharges = apiTOSPhrase{
		textfmt.EN: "The Provider shall charge no switching charges, including data egress charges, for a switching process begun on or after 12 January 2027.",
		textfmt.FR: "Le Fournisseur ne facture aucuns frais de changement de fournisseur, y compris les frais de sortie de données, pour un processus de changement engagé à compter du 12 janvier 2027.",
	}
	phraseSwitchingChargesBefore2027 = apiTOSPhrase{
		textfmt.EN: "For a process begun before that date, it may charge only reduced switching charges",
		textfmt.FR: "Pour un processus engagé avant cette date, il ne peut facturer que des frais de changement réduits",
	}
	phraseNoSwitchingCharges = apiTOSPhrase{
		textfmt.EN: "The Provider shall charge no switching charges, including data egress charges.",
		textfmt.FR: "Le Fournisseur ne facture aucuns frais de changement de fournisseur, y compris les frais de sortie de données.",
	}
	// Every end of the Agreement opens the retrieval period, the
	// credentials serving it (article 25(2)(c) and (d) of the Data Act).
	phraseRetrievalAfterAnyEnd = apiTOSPhrase{
		textfmt.EN: "Where the Agreement ends for any other cause, in particular termination by the User or by the Provider, termination for breach or closure of the API, the User may likewise retrieve its exportable data for",
		textfmt.FR: "Lorsque le Contrat prend fin pour toute autre cause, notamment par la résiliation de l'Utilisateur ou du Fournisseur, la résiliation pour manquement ou la fermeture de l'API, l'Utilisateur peut de même extraire ses données exportables pendant",
	}
	phraseCredentialsDuringRetrieval = apiTOSPhrase{
		textfmt.EN: "During the retrieval period, the User's Access Credentials remain valid for the sole purpose of that retrieval.",
		textfmt.FR: "Pendant la période d'extraction, les Identifiants d'accès de l'Utilisateur restent valables pour cette seule extraction.",
	}
	phraseCredentialsRevokedAtEnd = apiTOSPhrase{
		textfmt.EN: "When the Agreement ends, the User shall stop calling the API, and its Access Credentials are revoked.",
		textfmt.FR: "À la fin du Contrat, l'Utilisateur cesse d'appeler l'API et ses Identifiants d'accès sont révoqués.",
	}
	phraseCredentialsRevokedAfterRetrieval = apiTOSPhrase{
		textfmt.EN: "are revoked when the retrieval period provided in Article\u00a010.",
		textfmt.FR: "sont révoqués à l'expiration de la période d'extraction prévue à l'article\u00a010.",
	}
	phraseDPAErasureAfterRetrieval = apiTOSPhrase{
		textfmt.EN: "Whatever the cause of the end of the Agreement, the Personal Data that form part of the User's exportable data are deleted only when the retrieval period",
		textfmt.FR: "Quelle que soit la cause de la fin du Contrat, les Données personnelles qui font partie des données exportables de l'Utilisateur ne sont supprimées qu'à l'expiration de la période d'extraction",
	}
	phraseRefundOnSwitching = apiTOSPhrase{
		textfmt.EN: "the Agreement ends under Article\u00a010.",
		textfmt.FR: "le Contrat prend fin en application de l'article\u00a010.",
	}
	phraseSwitchingInformation = apiTOSPhrase{
		textfmt.EN: "the information that articles 26 and 28 of the Data Act require",
		textfmt.FR: "les informations qu'exigent les articles 26 et 28 du règlement sur les données",
	}
	phraseConsumerSwitchingRight = apiTOSPhrase{
		textfmt.EN: "the right to switch to another provider and to retrieve his or her data set out in Article\u00a010.",
		textfmt.FR: "le droit de changer de fournisseur et d'extraire ses données prévu à l'article\u00a010.",
	}
	phraseNothingExcludedFromExport = apiTOSPhrase{
		textfmt.EN: "No data generated or co-generated by the User's use of the API is excluded from export.",
		textfmt.FR: "Aucune donnée générée ou cogénérée par l'utilisation de l'API par l'Utilisateur n'est exclue de l'export.",
	}
	// Article 25(2)(f) asks for an exhaustive specification, never a
	// general exclusion of protected data.
	phraseGeneralExportExclusion = apiTOSPhrase{
		textfmt.EN: "but not the assets or data of the Provider or of third parties",
		textfmt.FR: "mais non les actifs ou données du Fournisseur ou de tiers",
	}
	phraseExportableInDocumentation = apiTOSPhrase{
		textfmt.EN: "The exportable data and digital assets are those that the Documentation lists exhaustively",
		textfmt.FR: "Les données et actifs numériques exportables sont ceux que la Documentation énumère de manière exhaustive",
	}
	// The French text uses its defined term, never a paraphrase.
	phraseNonCommercialParaphrase = apiTOSPhrase{textfmt.EN: "for non-commercial purposes", textfmt.FR: "à des fins non commerciales"}
)

// annexItemAsArticle finds an item of an annex cited as if it were an
// article of the terms ("article A.1"), where it is a point of its annex.
var annexItemAsArticle = regexp.MustCompile(`(?i)\b(article|section)s?\x{00a0}[A-Z]\.\d`)

// in reports whether the plain text of clause id, its sub-clauses
// included, says p; a missing clause says nothing.
func (p apiTOSPhrase) in(doc *document.Document, id string) bool {
	return strings.Contains(clauseText(doc, id), textfmt.Typeset(doc.Lang, p.forDoc(doc)))
}

// clauseText is the plain text of clause id followed by that of its
// sub-clauses, such as 6.5.1 to 6.5.4 under 6.5; empty if it is missing.
func clauseText(doc *document.Document, id string) string {
	for i, c := range doc.Clauses {
		if c.ID != id {
			continue
		}
		text := c.Body
		for _, sub := range doc.Clauses[i+1:] {
			if sub.Depth <= c.Depth {
				break
			}
			text += "\n\n" + sub.Body
		}
		return text
	}
	return ""
}

// checkAPITOSClasses fails unless the terms are right, for the answers
// given, on each point where a combination of options once made them
// wrong: the formal notice before termination, the limits of liability
// against the fair-change commitments, evidence and information towards
// consumers, the roles and purposes of personal data, restrictions on
// openly licensed data, non-commercial use by paying businesses, the
// identity of the provider, the choice of court, the prevailing language
// and sanctions.
func checkAPITOSClasses(t *testing.T, k *Kind, doc *document.Document, raw questionnaire.Values, what string) {
	t.Helper()
	v := k.Questionnaire.Resolve(raw)
	paid, consumers := v["pricing.model"] == "paid", v["audience"] == "business-and-consumers"
	personal, role := v["personal_data.processed"] == true, answer(v, "personal_data.role")
	// Contributions that may reveal special categories of data are
	// published on explicit consent and licensed to nobody (RE-1).
	sensitiveContrib := personal && v["contributions.published"] == true && v["personal_data.special"] == true && v["contributions.sensitive"] == true
	data, output := answer(v, "conditions.data"), answer(v, "conditions.output")
	country := fmt.Sprint(v["provider.country"])
	englishOnly := len(raw.Langs()) == 1 && raw.Langs()[0] == textfmt.EN
	fail := func(format string, args ...any) {
		t.Helper()
		t.Fatalf("%s: %s", what, fmt.Sprintf(format, args...))
	}
	must := func(p apiTOSPhrase, id string, want bool, why string) {
		t.Helper()
		if p.in(doc, id) != want {
			fail("%s: clause %s says %q: %v", why, id, p[doc.Lang], !want)
		}
	}
	md := string(markdown.Render(doc))

	must(phraseFormalNotice, "term-breach", true, "a formal notice that does not warn of termination (article 1226 C. civ.)")
	// A provider established elsewhere names its legal representatives
	// where its law requires them (§ 5 DDG, § 35a GmbHG in Germany).
	kind := answer(v, "provider.type")
	reps, _ := raw["provider.representatives"].(string)
	wantReps := country != "FR" && (kind == "company" || kind == "organisation") && reps != ""
	repsLabel := map[textfmt.Lang]string{textfmt.EN: "Legal representation:", textfmt.FR: "Représentation légale :"}[doc.Lang]
	if p, _ := doc.Clause("parties"); (strings.Contains(p.Body, textfmt.Typeset(doc.Lang, repsLabel)) && strings.Contains(p.Body, reps)) != wantReps {
		fail("legal representatives printed %v, want %v", !wantReps, wantReps)
	}
	// An activity subject to authorisation names it (article 5(1)(e) of
	// directive 2000/31); a public body's powers come from the law.
	authorisation, _ := raw["provider.authorisation"].(string)
	wantAuthorisation := authorisation != "" && kind != "public-body"
	if p, _ := doc.Clause("parties"); (authorisation != "" && strings.Contains(p.Body, textfmt.Typeset(doc.Lang, authorisation))) != wantAuthorisation {
		fail("the authorisation to carry on business printed %v, want %v", !wantAuthorisation, wantAuthorisation)
	}
	// The SCC of a provider established in another Member State send
	// their disputes to the contract's courts, not to France's (clause
	// 18(b) admits any Member State's), so that one relationship is not
	// litigated in two States; their law stays the contract's.
	if phraseSCCFrance.in(doc, "data-transfers") || phraseSCCContractCourts.in(doc, "data-transfers") {
		court, _ := v["jurisdiction"].(string)
		own := court != "" && inEU(country) && country != "FR"
		must(phraseSCCContractCourts, "data-transfers", own, "the SCC's courts are not the contract's for a provider established in another Member State")
		must(phraseSCCFrance, "data-transfers", !own, "the SCC's courts are not the contract's for a provider established in another Member State")
	}
	must(phrasePublicBodiesAdmitted, "scope-users", !consumers && !englishOnly, "public bodies admitted to terms they may not sign in English only, or not admitted")
	if doc.Lang == textfmt.EN {
		must(phrasePublicPersonsExcluded, "scope-users", englishOnly && !consumers, "French public persons admitted to terms in English only (article 5 of law no. 94-665)")
	}
	if paid {
		// A consumer who gets in by a false declaration keeps the
		// mandatory protection (RS2-6): consumers are named whatever the
		// audience.
		must(phraseServiceLevelConsumers, "warranty-disclaimer", true, "service levels that do not spare the rights of a consumer")
	}

	// A free administrative public service asks for no cap and prints none
	// (review RK, RK-1).
	if capped := fx2kCapped(v); capped {
		must(phraseFairChangeCarveOut, "liability-limit", true, "the cap empties the fair-change commitments")
		must(phraseMutualCap, "liability-limit", true, "a cap that binds the Provider alone")
		must(phraseConsumerCarveOut, "liability-limit", true, "a carve-out that forgets a consumer who gets in by a false declaration (RS2-6)")
		must(phraseNonProfessionalCarveOut, "liability-limit", false, "a carve-out for non-professionals alone (RS2-6)")
		c, _ := doc.Clause("liability-limit")
		for _, id := range []string{"change-api", "change-deprecation", "change-terms", "term-provider"} {
			if !refersTo(c, id) {
				fail("the exclusion of lost profit covers the Provider's breach of %s", id)
			}
		}
		must(phraseHigherOf, "liability-limit", paid, "a paying user's cap")
		must(phraseDPALossCarveOut, "liability-limit", personal && role != "controller", "a processor's loss of personal data excluded with lost profit")
	}

	regulated := v["provider.regulated"] == true
	secrecy := regulated && v["provider.profession.secrecy"] == true
	must(phraseProfessionalTitle, "parties", regulated, "a regulated profession without its title, or a title nobody holds")
	_, numbered := v["provider.profession.membership"]
	_, body := v["provider.profession.body"]
	must(phraseMembershipNumber, "parties", regulated && numbered && body, "a registration number with the professional body left out, or printed for nobody")
	must(phraseProfessionalSecrecy, "data-provider-use", secrecy, "a profession bound to secrecy whose terms do not bind it, or secrecy claimed by another provider")
	must(phraseNoStatisticsUnderSecrecy, "data-provider-use", secrecy, "statistics drawn from requests covered by professional secrecy")
	_, insured := v["provider.insurance.insurer"]
	must(phraseInsuranceCover, "parties", regulated && insured, "a professional insurer without its geographical cover")
	reviews := v["contributions.published"] == true && v["contributions.reviews"] == true
	must(phraseReviewsInformation, "data-reviews", reviews, "published consumer reviews without the information the law requires, or reviews nobody publishes")
	_, checked := v["contributions.reviews_check"]
	must(phraseReviewsNotChecked, "data-reviews", reviews && !checked, "reviews said to be checked with no procedure described, or unchecked with one")
	must(phrasePhotoExamples, "data-contributions", false, "examples of adaptation foreign to the Contributions")
	if _, hosting := doc.Clause("data-hosting"); hosting {
		must(phraseSuspectedOffences, "data-hosting", true, "a hosting provider silent on suspected offences threatening life or safety")
	}
	must(phraseLatePaymentDirective, "access-payment", paid && inEU(country) && country != "FR" && kind != "public-body", "late-payment interest of a provider established in another Member State under French statutes alone")
	must(phraseAssignmentKeepsRights, "assignment", !administrativeDoc(doc), "an assignment that may reduce the User's rights")
	must(phraseTechnicalSteps, "scope-acceptance", true, "online formation without its technical steps (article 1127-1 C. civ.)")
	must(phraseTerminationOnSubmission, "term-user", true, "an online termination that does not take effect from the form")
	must(phraseTerminationAwaitsConfirmation, "term-user", false, "an online termination conditional on a confirmation")
	must(phraseEvidenceBetweenProfessionals, "evidence", true, "the evidence clause")
	must(phraseEvidenceBurden, "evidence", true, "an evidence clause that shifts the burden of proof (R. 212-1 12°)")

	must(phraseDurableMedium, "scope-acceptance", consumers, "confirmation on a durable medium (L. 221-13)")
	must(phraseArchiving, "scope-acceptance", consumers && paid, "archiving of contracts of 120 euros or more")
	own := personal && role != "processor"
	publicProvider := kind == "public-body"
	must(phraseOwnPurposesBasis, "data-personal", own && !publicProvider, "the Provider's own purposes without their legal basis, or a public body's on legitimate interest (art. 6(1), last subparagraph, GDPR)")
	must(phraseOwnPurposesPublication, "data-personal", own && !publicProvider && v["contributions.published"] == true, "published Contributions on an interest in improving the service rather than in publishing them")
	must(phraseOwnPurposesPublicTask, "data-personal", own && publicProvider, "a public body's own purposes not based on its task in the public interest (art. 6(1)(e) GDPR)")
	must(phraseObjectionKeepsAccess, "data-personal", own, "an objection to the Provider's own purposes that could end access")
	// A licence on published Contributions is an advantage given instead
	// of a price, as personal data processed for the Provider's own
	// purposes are (L. 224-25-2 C. consom.).
	licensed := v["contributions.published"] == true
	owed := paid || own || licensed
	guarantee := consumers && (owed || v["consumer.voluntary_guarantee"] == true)
	must(phraseGuaranteeBox, "consumer-guarantee", guarantee, "the information on the legal guarantee")
	must(phraseNoGuarantee, "consumer-guarantee", consumers && !guarantee, "a guarantee neither owed nor chosen, left unsaid")
	must(phraseVoluntaryWithdrawal, "consumer-withdrawal", consumers && !owed, "a withdrawal right presented as owed, or as voluntary where it is owed")
	safety := guarantee && v["safety.critical"] == true
	must(phraseSafetySeparateBox, "scope-acceptance", safety, "the safety limit accepted with the general box (art. 8(5) dir. 2019/770)")
	must(phraseSafetyNotNonConformity, "consumer-guarantee", safety, "the safety limit exposed to the conformity guarantee")
	must(phrasePriceDecrease, "access-price", paid, "a price decrease the User would have to refuse")
	lo := v["conditions.specification"] == "licence-ouverte"
	must(phraseLicenceOuverteDate, "spec-licence-ouverte", lo, "reusers told to cite a date of update nobody publishes")
	must(phraseLicenceOuverteText, "spec-licence-ouverte", lo, "the Licence Ouverte linked by its presentation page, not its text")
	must(phraseWrittenAuthorisation, "dpa-subprocessors", personal && role != "controller", "a sub-processing authorisation not said to be written (art. 28(2) GDPR)")
	// A change of sub-processor needs prior information and a chance to
	// object (art. 28(2) GDPR), not the notice for changes to the terms,
	// which can reach two years.
	must(phraseSubprocessorNotice, "dpa-subprocessors", personal && role != "controller", "a change of sub-processor held to the notice for changes to the terms, or without a notice of its own")
	must(phraseBillingPeriodEnd, "access-payment", paid && v["pricing.prepaid"] != "refund", "a termination whose date is unknown when billing is in arrears or the period unpaid")
	must(phraseTerminationConfirmed, "term-user", v["acceptance.method"] == "key-request", "a termination by whoever holds a leaked key")
	if consumers {
		// Article 19 of directive 2019/770 reaches every change, those of
		// experimental features included.
		api, _ := doc.Clause("change-api")
		changes, _ := doc.Clause("consumer-changes")
		experimental, _ := doc.Clause("change-experimental")
		if !refersTo(api, "consumer-changes") || !refersTo(experimental, "consumer-changes") || !refersTo(changes, "change-experimental") {
			fail("a change, an experimental one included, removes a Consumer's right to terminate")
		}
		if paid {
			payment, _ := doc.Clause("access-payment")
			effects, _ := doc.Clause("term-effects")
			if !refersTo(changes, "access-payment") || !refersTo(payment, "term-effects") || !refersTo(effects, "consumer-changes") {
				fail("a Consumer who terminates after an adverse change is not refunded")
			}
		}
		// An administrative public service is not a professional: its
		// consumer disputes go to the disputes article (review RK2, RK2-1).
		must(phraseBrusselsIbis, "consumer-law", !(kind == "public-body" && v["provider.public_activity"] != "industrial-commercial"), "the courts of a Consumer domiciled in the Union")
		must(phraseADRDirective, "consumer-mediation", inEU(country) && country != "FR", "mediation under the law of the State of establishment")
	}
	must(phraseDataFunded, "summary", own && !paid && consumers && kind != "public-body", "access paid for with personal data presented as free, or presented as paid for with data between professionals or by a public body, whose processing rests on its public task")
	// A public body running a free administrative public service is no
	// trader: it applies the guarantee voluntarily (Consumer Code,
	// preliminary article).
	voluntaryConsumer := kind == "public-body" && v["provider.public_activity"] != "industrial-commercial" && !paid
	must(phraseGuaranteeOwed, "consumer-guarantee", consumers && (own || licensed) && !paid && !voluntaryConsumer, "a legal guarantee owed for data but not stated as owed")
	must(phraseGuaranteeGranted, "consumer-guarantee", false, "a legal guarantee presented as granted")
	must(phraseGuaranteeVoluntary, "consumer-guarantee", guarantee && !owed, "a legal guarantee applied to free access without saying it is voluntary, or said voluntary where the law imposes it")
	publicService := v["provider.type"] == "public-body" && !paid
	must(phraseDefenseur, "jurisdiction", kind == "public-body", "a public body's service without every User's recourse to the Défenseur des droits")
	must(phraseMediatorJoined, "consumer-mediation", consumers && !publicService, "a consumer mediator not named as competent for the Provider's disputes")
	must(apiTOSPhrase{textfmt.EN: "has joined", textfmt.FR: "a adhéré"}, "consumer-mediation", false, "a membership the Provider may not have taken out (a public or residual mediator)")
	must(phraseFrenchMediation, "consumer-mediation", consumers && !publicService && !(inEU(country) && country != "FR"), "the French Consumer Code as the ground of mediation for a provider established in another Member State")
	must(phraseOwnUseEnds, "consumer-withdrawal", consumers && own, "own-purpose use of a Consumer's data after the end")
	must(phraseCallCounts, "evidence", v["connection_data.retention_days"] == 0, "records of calls the Provider says it does not keep")
	must(phraseSettlementNonProfessional, "jurisdiction", !administrativeDoc(doc), "a compulsory attempt at settlement that may bar a party's action")

	if personal {
		dpa := role != "controller"
		must(phraseHouseholdConsumer, "data-personal", consumers, "the role of a Consumer acting privately")
		must(phraseDPANotForConsumers, "dpa-scope", consumers && dpa, "processor terms imposed on Consumers")
		own := role != "processor"
		must(phraseBoundPurposes, "data-personal", own, "the Provider's own purposes")
		must(phraseJointControl, "data-personal", own, "joint control of collection and transmission")
		must(phrasePolicyPurposes, "data-personal", false, "purposes left to a policy the Provider may change")
		// The record of processing and the notice of article 14 GDPR
		// name the persons concerned where the own purposes are described.
		named := func(key string) bool {
			switch x := v[key].(type) {
			case string:
				return x != ""
			case questionnaire.Translated:
				return x[doc.Lang] != ""
			}
			return false
		}
		subjects := role == "both" && named("personal_data.controller_subjects") && named("personal_data.controller_categories")
		must(phraseOwnSubjects, "data-personal", subjects, "the Provider's own purposes described without their data subjects")
		must(phraseAnonymousOnly, "data-provider-use", !own && !secrecy, "a processor that uses requests for its own purposes, or anonymises requests covered by professional secrecy")
		must(phraseNotEvenAnonymous, "data-provider-use", !own && secrecy, "requests covered by professional secrecy used for statistics once anonymised")
		must(phraseAnonymisationOwnProcessing, "data-provider-use", !own && !secrecy, "a processor's anonymisation for its own statistics presented otherwise than as its own processing, or made of requests covered by professional secrecy")
		must(phraseLegitimateInterestBasis, "data-provider-use", !own && !publicProvider && !secrecy, "an anonymisation without its legal basis, or a public body's on legitimate interest")
		must(phrasePublicTaskBasis, "data-provider-use", !own && publicProvider, "a public body's anonymisation not based on its task in the public interest")
		// The security measures are a document of the Agreement whenever
		// personal data are processed, not the changing Documentation: the
		// measures a processor commits to (article 28(3)(c) GDPR) and those
		// of Annex II of the standard contractual clauses, which apply to
		// users outside the EEA whatever the Provider's own transfers.
		// A controller alone may leave them to the Documentation.
		url, ok := v["personal_data.security_url"]
		if dpa && !ok {
			fail("a processor is not asked for its security measures")
		}
		annex, _ := doc.Clause("annex-a-contract")
		transfers, _ := doc.Clause("data-transfers")
		returns := v["personal_data.returns"] == true
		if ok && (!strings.Contains(annex.Body, fmt.Sprint(url)) || !refersTo(transfers, "annex-a-contract")) {
			fail("the security measures of Annex II are not a document of the Agreement")
		}
		// The row of the measures follows the Provider's role for each
		// flow: processor for the data of requests handled on Users'
		// behalf, controller for its own purposes and for the data it
		// returns as such.
		must(phraseSecurityAsProcessor, "annex-a-contract", ok && role == "processor", "the security measures of a processor described under another role")
		must(phraseSecurityAsController, "annex-a-contract", ok && role == "controller", "a controller's security measures described as a processor's")
		must(phraseSecurityBothRoles, "annex-a-contract", ok && role == "both", "the security measures of a Provider with both roles described under one")
		if security, ok := doc.Clause("dpa-security"); ok != dpa || ok && !refersTo(security, "annex-a-contract") {
			fail("the processor's security measures are not a document of the Agreement")
		}
		must(phraseSecurityInDocumentation, "data-transfers", !ok, "the measures of Annex II left to the Documentation, or a document given and not referred to")
		must(phraseSecurityInDocumentation, "dpa-security", false, "a processor's measures left to the Documentation")
		must(phraseAnonymisationInstruction, "data-provider-use", false, "anonymisation for the Provider's own ends presented as the User's instruction")
		// An API said to return no personal data still returns to each
		// User the results of its own requests, which relate to the
		// persons whose data they are computed from: the clauses cover
		// those results alone (module 4 where the Provider answers as
		// processor, module 1 as controller).
		must(phraseSCCAnnexes, "data-transfers", true, "the annexes of the standard contractual clauses for returned data")
		must(phraseNothingReturned, "data-transfers", !returns, "an API that returns no personal data not saying so, or saying so while it returns some")
		returnsOwn := role == "controller" || returns && v["contributions.published"] == true
		must(phraseAuthority, "data-transfers", returnsOwn, "the supervisory authority of module 1, or one for module 4 alone")
		must(phraseNoAuthority, "data-transfers", !returnsOwn, "a supervisory authority for module 4 alone, or none for module 1")
		must(phraseModule1, "data-transfers", returnsOwn, "module 1 for data the Provider never returns, or none for the data of its own it returns")
		// Responses that return only published contributions transfer
		// nothing processed on the Users' behalf: no module 4.
		ownOnly := returns && role != "controller" && v["contributions.published"] == true && v["personal_data.returned_own_only"] == true
		must(apiTOSPhrase{textfmt.EN: "module 4", textfmt.FR: "module 4"}, "data-transfers", role != "controller" && !ownOnly, "module 4 for responses that return no data processed for Users, or none for those that do")
		_, returned := v["personal_data.returned"]
		_, categories := v["personal_data.categories"]
		must(phraseReturnedData, "data-transfers", returns && !returned && categories, "Annex I.B listing as returned every datum the API receives")
		must(phraseCircularAuthority, "data-transfers", false, "an authority the clauses do not name")
		if returnsOwn {
			want := authority(country, doc.Lang)
			if a, ok := v["personal_data.authority"]; ok {
				want = mdtext.Escape(fmt.Sprint(a))
			}
			if c, _ := doc.Clause("data-transfers"); want != "" && !strings.Contains(c.Body, want) {
				fail("Annex I.C does not name %s", want)
			}
		}
		special := v["personal_data.special"] == true
		must(phraseNoSpecialCategories, "data-transfers", !special, "special categories of data stated against the answer")
		must(phraseSpecialForbidden, "data-personal", !special, "special categories neither declared nor excluded")
		must(phraseSpecialNoOwnPurpose, "data-personal", special, "special categories of data used for the Provider's own ends")
		must(phraseExplicitConsent, "data-personal", special && consumers, "a Consumer's special categories of data without explicit consent")
		if cats, ok := v["personal_data.special_categories"].(questionnaire.Translated); ok && special {
			want := mdtext.Escape(cats[doc.Lang])
			for _, id := range []string{"data-personal", "data-transfers", "dpa-scope"} {
				if c, ok := doc.Clause(id); ok && !strings.Contains(c.Body, want) {
					fail("clause %s leaves out the special categories of data", id)
				}
			}
		}
		if data != "commercial" {
			must(phrasePersonalDataCarveOut, "data-"+data, true, "an open licence of the Data that reaches Personal Data")
		}
		if _, custom := v["personal_data.title"]; custom {
			generic := map[textfmt.Lang]string{textfmt.EN: "privacy policy", textfmt.FR: "politique de confidentialité"}[doc.Lang]
			if strings.Contains(strings.ToLower(md), generic) {
				fail("the terms refer to a %q that Annex A names otherwise", generic)
			}
		}
		// Annex I.B describes the data returned, as answered, or else
		// those of the data received that the responses contain.
		described, ok := v["personal_data.returned"].(questionnaire.Translated)
		if !ok {
			described, ok = v["personal_data.categories"].(questionnaire.Translated)
		}
		if ok && v["personal_data.returns"] == true {
			if c, _ := doc.Clause("data-transfers"); !strings.Contains(c.Body, mdtext.Escape(described[doc.Lang])) {
				fail("the description of transfers leaves out the categories of data")
			}
		}
	}

	must(phraseConnectionData, "data-users", true, "connection data without a stated role")
	if !personal {
		// Without personal data in requests, only the clauses on users'
		// data and connection data, and the definition, speak of it.
		allowed := []string{"definitions", "data-users", "data-no-personal", "annex-a-information"}
		if v["contributions.published"] == true {
			// Published Contributions carry their authors' names and
			// may show persons: the clause that publishes them, and the
			// open licence that leaves those data out, say so.
			allowed = append(allowed, "data-contributions", "data-contributions-credit", "data-contributions-personal", "data-open-reuse", "data-open-data-licence")
		}
		for _, c := range doc.Clauses {
			if !slices.Contains(allowed, c.ID) && strings.Contains(c.Body, phrasePersonalData[doc.Lang]) {
				fail("clause %s speaks of personal data that the terms exclude", c.ID)
			}
		}
	}

	// A list of the provider's uses ends with its conjunction whether or
	// not access is paid: never "provide, secure, improve the API".
	phraseListWithoutAnd := apiTOSPhrase{textfmt.EN: ", improve the API", textfmt.FR: ", améliorer l'API"}
	must(phraseListWithoutAnd, "data-provider-use", false, "a list of uses without its conjunction")

	open := data != "commercial"
	must(phraseAccessNotData, "user-no-competition", output == "no-direct-competition" && open, "a restriction on competition that binds openly licensed Data")
	must(phraseDataSurvive, "term-effects", !open, "obligations that survive on openly licensed Data")
	// A deletion duty has an object only where the API returns personal
	// data or the Data are under a commercial licence.
	returned := personal && v["personal_data.returns"] == true
	must(phraseDeletionNotOnClosure, "term-effects", returned || !open, "a deletion imposed when the Provider closes the API (article 1171 C. civ.), or one that has no object")
	if effects, _ := doc.Clause("term-effects"); (returned || !open) && !refersTo(effects, map[bool]string{true: "access-payment", false: "term-provider"}[paid]) {
		fail("the causes of an end not attributable to the User are not listed")
	}
	must(phraseOwnRequestsKept, "term-effects", returned, "a deletion that reaches the User's own data")
	// Contributions that the open licence lets anyone reuse are not
	// taken back from the User alone at the end of the Agreement.
	must(phraseReusableContributionsKept, "term-effects", returned && open && v["contributions.published"] == true && !sensitiveContrib, "a User bound to delete published Contributions that anyone else may reuse")
	if effects, _ := doc.Clause("term-effects"); returned && open && v["contributions.published"] == true && !sensitiveContrib && !refersTo(effects, "data-"+data) {
		fail("the deletion at the end of the Agreement does not refer to the licence of the Data")
	}

	ncLicence := data == "open-data-licence" && (nonCommercialURL.MatchString(fmt.Sprint(v["data.licence.url"])) || nonCommercialTitle.MatchString(fmt.Sprint(v["data.licence.title"])))
	must(phraseNonCommercialGrant, "data-open-data-licence", data == "open-data-licence" && output == "non-commercial" && ncLicence,
		"a data licence that does not cover the non-commercial uses the terms sell")
	must(phraseCommercialReuseOpen, "data-open-data-licence", false, "commercial reuse under the licence of the Data obtained through a non-commercial API")
	ncRestricts := data == "open-data-licence" && output == "non-commercial" && !ncLicence
	// Where the User alone is confined to non-commercial use of openly
	// licensed Data, 8.4 gives the clause it puts in its own terms
	// instead of leaving the End Users' reuse open (N2-3).
	must(phraseFlowDownSparesData, "user-end-users", open && !ncRestricts, "restrictions passed on to End Users over openly licensed Data")
	must(apiTOSPhrase{
		textfmt.EN: "Its terms shall include, in these words or in equivalent words, the following clause",
		textfmt.FR: "Ses conditions comportent, en ces termes ou en termes équivalents, la clause suivante",
	}, "user-end-users", ncRestricts, "no clause for the User's terms towards its End Users")
	bulk, _ := v["data.bulk_url"].(string)
	if v["contributions.published"] == true {
		commercialData := data == "commercial"
		must(phraseContributionsCommercialReuse, "data-contributions", !ncLicence && !commercialData && !sensitiveContrib, "contributors not told that the Data's licence allows commercial reuse of their Contributions, or told so under a non-commercial or commercial licence")
		must(phraseContributionsNonCommercialReuse, "data-contributions", ncLicence && !sensitiveContrib, "contributions under a non-commercial licence of the Data without the reuse it permits")
		must(phraseContributionsCommercialTerms, "data-contributions", commercialData && !sensitiveContrib, "contributions under a commercial licence of the Data said to be free for anyone to reuse, or a commercial licence where the Data are open")
		must(phraseContributionsAreData, "data-commercial", commercialData && !sensitiveContrib, "the commercial licence of the Data silent on published contributions")
		must(phraseContributionsCC0Fallback, "data-contributions", data == "open-reuse" && !sensitiveContrib, "contributions under CC0 made available by a waiver only their author could make")
		must(phraseWaiverSparesContributions, "data-open-reuse", data == "open-reuse" && !sensitiveContrib, "the Provider's waiver extended to rights it does not hold in contributions")
		must(phraseContributionsPurpose, "data-contributions", !sensitiveContrib, "the purpose of the licence not attached to the rights the Provider exercises itself")
		must(apiTOSPhrase{
			textfmt.EN: "Contributions are made available only through the API: they are covered neither by the licence of the Data nor by any other licence of reuse",
			textfmt.FR: "Les Contributions ne sont mises à disposition qu'au moyen de l'API : elles ne sont couvertes ni par la licence des Données ni par aucune autre licence de réutilisation",
		}, "data-contributions", sensitiveContrib, "contributions that may reveal special categories of data put under a licence of reuse, or others kept from it")
		must(phraseCreditRepeated, "data-contributions", false, "the author's credit stated more than once")
		if consumers {
			must(phraseConsumerContributionsSold, "consumer-information", commercialData && !sensitiveContrib, "a Consumer not told that the Provider sells the reuse of his or her contributions")
		}
	}
	must(phraseAPIDataNonCommercial, "data-open-data-licence", ncRestricts, "a non-commercial API whose Data may be reused commercially under their licence")
	must(phraseCommercialReuseByDownload, "data-open-data-licence", ncRestricts && bulk != "", "commercial reuse of the downloaded Data, or a download that is not published")
	must(phraseRestrictionPrevails, "data-open-data-licence", ncRestricts && bulk == "", "the restriction that prevails over the licence when the API is the only source of the Data")
	download := ""
	if data == "open-data-licence" {
		download = bulk
	}
	must(phraseDownloadSameLicence, "data-open-data-licence", download != "" && !ncRestricts, "data published for download whose licence is not said to govern them as it governs the data of the API")
	must(phraseDownloadOutsideAgreement, "data-open-data-licence", download != "", "a download of the Data that the terms do not set apart from access to the API")
	if download != "" {
		for _, id := range []string{"data-open-data-licence", "annex-a-licences"} {
			if c, _ := doc.Clause(id); !strings.Contains(c.Body, download) {
				fail("the address of the download is missing from %s", id)
			}
		}
	}
	must(phraseEitherLicence, "data-open-data-licence", false, "both branches of the licence, though its terms are known")
	licScope := ""
	if data == "open-data-licence" {
		licScope = licenceScope(fmt.Sprint(v["data.licence.title"]), fmt.Sprint(v["data.licence.url"]))
	}
	// A French public body may not use the DbCL, which is not on the
	// list of CRPA D. 323-2-1: its contents go under the Licence Ouverte.
	loContents := licScope == "database" && v["provider.type"] == "public-body" && v["provider.country"] == "FR"
	dbcl := licScope == "database" && !loContents
	must(phraseContentsLicence, "data-open-data-licence", dbcl, "the contents of an ODbL database without a licence of their own, or a French public body's under the DbCL")
	must(phraseContentsLicenceOuverte, "data-open-data-licence", loContents, "a French public body's database contents not under the Licence Ouverte 2.0")
	// The contents' licence is listed with the database's, with its
	// address, and contributions are said to fall under it.
	must(phraseContentsLicence, "annex-a-licences", dbcl, "the contents' licence of an ODbL database missing from the list of licences, or listed without one")
	if licScope == "database" {
		url := "<https://opendatacommons.org/licenses/dbcl/1-0/>"
		if loContents {
			url = "<https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf>"
		}
		if a, _ := doc.Clause("annex-a-licences"); !strings.Contains(a.Body, url) {
			fail("the contents' licence listed without its address as a link")
		}
	}
	if _, ok := doc.Clause("data-contributions"); ok {
		must(phraseContentsLicence, "data-contributions", dbcl && !sensitiveContrib, "published contributions whose licence as contents of the database is not named")
		must(phraseWorksNotPublicInformation, "data-open-data-licence", loContents && !sensitiveContrib, "a French public body's contributed works under CC BY without the reason the decree's list does not bind it")
		must(phraseCreditForm, "data-contributions", data != "open-reuse" && !sensitiveContrib, "contributed works whose credit under the licence names no one, or a credit the CC0 instrument does not ask")
		worksCC := licScope == "database" && !sensitiveContrib
		must(phraseWorksCCBY, "data-contributions", worksCC, "contributed photographs left under the DbCL, which asks for no credit")
		must(phraseWorksCCBY, "data-open-data-licence", worksCC, "the licence of contributed works not named beside the DbCL")
		if a, _ := doc.Clause("annex-a-licences"); strings.Contains(a.Body, "<https://creativecommons.org/licenses/by/4.0/legalcode") != worksCC {
			fail("the CC BY 4.0 licence of contributed works listed in annex A: %v, want %v", !worksCC, worksCC)
		}
	}
	must(phraseContentsSameTerms, "data-open-data-licence", data == "open-data-licence" && licScope == "", "a conditional branch on what a known licence covers")
	must(phraseIndirectAdvantage, "definitions", false, "a non-commercial purpose defined by an indirect advantage")
	must(phraseCachingSparesData, "user-fair-use", open, "rules on caching that restrict openly licensed Data")
	if v["safety.critical"] == true {
		must(phraseMedicalDevice, "liability-safety", personal && v["personal_data.special"] == true, "a medical-device disclaimer for data unrelated to health")
		must(phraseSafetyProhibition, "liability-safety", !open, "a safety prohibition on openly licensed Data")
		must(phraseSafetyDisclaimer, "liability-safety", true, "a safety disclaimer")
		must(phraseSafetyInformation, "user-end-users", open, "the safety information passed on to End Users")
	}
	if v["conditions.access"] == "share-alike" {
		must(phraseShareAlikeData, "user-share-alike", !open, "share-alike conditions on the reuse of openly licensed Data")
		must(phraseShareAlikeAll, "user-share-alike", false, "share-alike reaching every commitment of the terms")
	}
	if c, ok := doc.Clause("user-attribution-none"); ok {
		licensed := v["conditions.specification"] != "cc0" || data == "open-data-licence"
		if (c.Title == textfmt.Typeset(doc.Lang, phraseNoAttributionHeading[doc.Lang])) == licensed {
			fail("the heading %q against licences that require a notice: %v", c.Title, licensed)
		}
	}
	if strings.Contains(md, phraseAddedValue[doc.Lang]) {
		fail("a subjective test of added value")
	}
	must(phraseTDMUndertaking, "data-commercial", data == "commercial", "a reservation of mining stated as a fact")
	if c, _ := doc.Clause("parties"); !strings.Contains(c.Body, fmt.Sprint(v["api.terms_url"])) {
		fail("the head of the terms does not give their address")
	}
	must(phraseNonAssertionScope, "spec-non-assertion", true, "non-assertion against the licence of the Specification")

	if output == "non-commercial" {
		must(phraseExhaustiveCommercialUses, "user-non-commercial", true, "non-commercial use without the list of commercial uses")
		must(phraseDevelopmentAndTesting, "user-non-commercial", true, "a business that develops and tests breaches non-commercial use")
		must(phrasePaidInternalUse, "user-non-commercial", paid, "a paying business's internal use")
		must(phraseFreeInternalUse, "user-non-commercial", !paid, "a business's internal use of free access")
		if strings.Contains(md, textfmt.Typeset(doc.Lang, phraseNonCommercialParaphrase[doc.Lang])) {
			fail("the text paraphrases its defined term for non-commercial use")
		}
	}

	if v["conditions.attribution"] == "none" {
		licensed := v["conditions.specification"] != "cc0" || data == "open-data-licence"
		must(phraseLicenceNotices, "user-attribution-none", licensed, "no attribution against licences that require one")
		c, _ := doc.Clause("user-attribution-none")
		spec := "spec-" + answer(v, "conditions.specification")
		if spec == "spec-cc-by-4.0" {
			spec = "spec-cc-by" // a clause ID holds no dot
		}
		if spec != "spec-cc0" && !refersTo(c, spec) || refersTo(c, "spec-cc0") || refersTo(c, "data-open-data-licence") != (data == "open-data-licence") {
			fail("no attribution does not name the licences that require a notice")
		}
	}

	// References to several articles read as the British prose around
	// them, without a serial comma.
	if m := serialCommaInReference.FindString(md); m != "" {
		fail("a serial comma in a reference to articles: %q", m)
	}
	must(phraseProviderDefinition, "definitions", true, "the definition of the Provider")
	director, _ := v["provider.publication_director"].(string)
	// An individual who publishes the service is its director of
	// publication (Law no. 82-652, art. 93-2), named or not.
	selfDirector := v["contributions.published"] == true && country == "FR" && v["provider.type"] == "individual"
	must(phrasePublicationDirector, "parties", selfDirector || director != "" && v["contributions.published"] == true && country == "FR",
		"a director of publication named by a provider that publishes nothing, or left out by one that does")
	if director != "" && v["contributions.published"] == true && !selfDirector {
		if c, _ := doc.Clause("parties"); strings.Contains(c.Body, "publication") && !strings.Contains(c.Body, mdtext.Escape(director)) {
			fail("the director of publication printed without the name given")
		}
	}
	name := fmt.Sprint(v["provider.name"])
	if doc.Lang == textfmt.FR && textfmt.Article(name) != "" {
		if want := textfmt.Par(textfmt.FR, name); !strings.Contains(doc.Front, want) {
			fail("the title page does not say %q", want)
		}
	}
	if v["provider.type"] == "individual" && v["provider.country"] == "FR" && !strings.Contains(doc.Front, " EI") {
		fail("a French sole trader is named without EI (R. 526-27 C. com.)")
	}
	if paid {
		// Whether VAT is charged is asked of every paid provider; a VAT
		// number, printed whenever given, does not by itself mean that VAT
		// is charged (a business under the basic exemption may hold one).
		_, number := v["provider.vat_number"]
		franchise := v["pricing.vat"] == "franchise"
		charged := v["pricing.vat"] == "charged"
		must(phraseVATAdded, "access-payment", charged && inEU(country), "VAT added by a provider that does not charge it")
		must(phraseVATAddedOutsideEU, "access-payment", charged && !inEU(country), "VAT added by a provider established outside the Union at a rate of no named State")
		must(phraseReverseCharge, "access-payment", charged || franchise && number, "VAT added for a business user established in another Member State")
		must(phraseConsumerVAT, "access-payment", charged && consumers, "the VAT of a Consumer's State")
		must(phrase293B, "access-payment", franchise && country == "FR", "the French basic exemption")
		must(phraseSmallEnterprises, "access-payment", franchise && country != "FR", "the small enterprises scheme of the State of establishment")
		// Under an exemption, becoming liable for VAT later adds it to prices.
		must(phraseThreshold, "access-payment", franchise || v["pricing.vat"] == "exempt", "crossing the threshold of the basic exemption")
		must(phraseOutsideEU, "access-payment", v["pricing.vat"] == "outside-eu", "a provider established outside the Union")
		if basis, ok := v["pricing.vat_basis"].(questionnaire.Translated); ok && v["pricing.vat"] == "exempt" {
			if c, _ := doc.Clause("access-payment"); !strings.Contains(c.Body, mdtext.Escape(textfmt.TypesetAnswer(doc.Lang, basis[doc.Lang]))) {
				fail("an exemption from VAT without its legal ground")
			}
		}
		// An administrative public service under public accounting collects
		// on a notice of sums payable, not on a commercial invoice.
		recovery := v["provider.type"] == "public-body" && v["provider.public_activity"] != "industrial-commercial" && v["provider.public_accounting"] == true
		must(phraseInvoices, "access-payment", !recovery, "paid access without means of payment or invoicing (L. 111-1 and L. 221-5 C. conso.), or commercial invoices under public accounting")
		must(phraseNoEarlyPaymentDiscount, "access-payment", !recovery, "paid access whose terms of payment say nothing of a discount for early payment (L. 441-1 and L. 441-9 C. com.)")
		must(phrasePublicBuyer, "access-payment", !englishOnly, "late-payment rules of the Commercial Code imposed on public buyers, or public buyers' rules in terms they may not sign in English only")
		must(phraseNotAttributable, "access-payment", true, "sums kept after an end the User did not cause (article 1302 C. civ.)")
		payment, _ := doc.Clause("access-payment")
		for id, applies := range map[string]bool{
			"access-restricted": v["conditions.access"] == "restricted",
			"scope-acceptance":  v["conditions.access"] == "restricted",
			"term-effects":      true,
		} {
			if refersTo(payment, id) != applies {
				fail("the refunds of prepaid sums and %s: %v", id, !applies)
			}
		}
		// The causes of an end not attributable to the User, on which the
		// refunds depend, are listed once, in the effects of termination.
		effects, _ := doc.Clause("term-effects")
		for id, applies := range map[string]bool{
			"change-api":        true,
			"dpa-subprocessors": personal && role != "controller",
			"assignment":        true,
			"term-cessation":    v["provider.type"] == "individual",
		} {
			if refersTo(effects, id) != applies {
				fail("the causes of an end not attributable to the User and %s: %v", id, !applies)
			}
		}
	}

	// Every provider but a public body may choose a court (RA-14): one
	// established in France chooses it between merchants only as a
	// merchant (article 48 CPC), and otherwise for professional Users
	// domiciled abroad alone; one established elsewhere under article 25
	// of Brussels I bis alone.
	merchant := v["provider.merchant"] == true
	court := v["provider.type"] != "public-body"
	if _, asked := v["jurisdiction"]; asked != court {
		fail("the court asked: %v, want %v", asked, court)
	}
	must(phraseProfessionalsCourt, "jurisdiction", court, "the choice of court with professional Users")
	must(phraseArticle25, "jurisdiction", court, "a choice of court in an international dispute without article 25 of Brussels I bis")
	must(phraseCourtAbroadOnly, "jurisdiction", court && country == "ES", "a Spanish provider's choice of court imposed on Spanish users (article 54(2) LEC), or another's confined to foreign users")
	must(phraseMerchantsOnly, "jurisdiction", court && merchant && country == "FR", "a French choice of court beyond merchants, or a foreign one confined to them")
	if !(merchant && country == "FR") && strings.Contains(md, textfmt.Typeset(doc.Lang, phraseMerchant[doc.Lang])) {
		fail("a provider that is no merchant in France chooses a court between merchants (article 48 CPC)")
	}
	must(phraseForeignProfessionalsOnly, "jurisdiction", court && !merchant && country == "FR", "a French provider that is no merchant without a court for foreign professional Users alone (RA-14)")

	if m := annexItemAsArticle.FindString(md); m != "" {
		fail("an item of an annex cited as an article or section: %q", m)
	}
	must(phraseUserContentExcluded, "definitions", true, "the User's own content counted as the Provider's Data")
	must(phraseConfidentialRequests, "data-provider-use", !secrecy, "requests and User Content left without confidentiality (L. 151-1 C. com.), or kept under a mere confidentiality where professional secrecy binds the Provider")
	methods, _ := v["pricing.payment_methods"].([]string)
	debit := paid && slices.Contains(methods, "sepa-debit")
	days, _ := v["pricing.payment_days"].(int)
	must(phraseSEPADueDate, "access-payment", debit && days < 5, "an invoice due before the Provider may debit it")
	must(phraseMandateOfDebit, "access-payment", debit, "a SEPA debit without its mandate")
	must(phraseMandateOfAll, "access-payment", false, "a mandate that seems to govern card payments")
	// A card is charged at the order or admission whatever the payment
	// period, except under public accounting without a revenue agency,
	// where it pays the notice of sums payable.
	publicBody := v["provider.type"] == "public-body"
	noAgency := publicBody && v["provider.public_accounting"] == true && v["pricing.revenue_agency"] != true
	card := paid && slices.Contains(methods, "card") && !noAgency
	admission := v["conditions.access"] == "restricted"
	must(phraseCardOnOrder, "access-payment", card, "a card payment said to wait for the payment period, or taken on the order of a person not yet admitted")
	must(phraseCardOnAdmission, "access-payment", card && admission, "a card charged on admission, before any order, or before the admission")
	vatID, _ := v["provider.vat_number"].(string)
	taxable := !publicBody || vatID != "" || v["pricing.vat"] != "exempt"
	must(phraseStateEInvoicing, "access-payment", paid && country != "FR" && inEU(country) && taxable, "a provider established in another Member State silent on its State's e-invoicing, or a public body that charges no VAT told of it")
	foreignConsumers := consumers && country != "FR" && v["provider.type"] != "public-body"
	must(phraseConsumerLanguage, "scope-acceptance", foreignConsumers, "a consumer of a provider established elsewhere denied the language the law of his or her residence requires (Rome I, art. 6(2))")
	if _, ok := doc.Clause("dpa-scope"); ok {
		must(phraseDataSubjects, "dpa-scope", true, "processing terms that do not say whose data they are")
	}
	if personal {
		must(phraseTransferSubjects, "data-transfers", true, "Annex I.B of the standard contractual clauses without the persons concerned")
	}
	must(phraseConsumerComplaint, "data-users", true, "a data subject of the Provider's own processing not told where to complain (GDPR, art. 77)")
	must(phraseConsumerComplaint, "data-personal", false, "the complaint to the supervisory authority told twice")
	_, vatNumber := v["provider.vat_number"]
	reverseCharge := v["pricing.vat"] == "charged" || v["pricing.vat"] == "franchise" && vatNumber
	must(phraseReverseChargeMention, "access-payment", paid && reverseCharge, "reverse charge without the mention the law requires")
	if strings.Contains(md, textfmt.Typeset(doc.Lang, phraseFixedReverseChargeWords[doc.Lang])) {
		fail("the invoice promises fixed words for the reverse charge")
	}
	switching := v["data_act.processing_service"] == true
	if _, ok := doc.Clause("term-switching"); ok {
		must(phraseSwitchingEnd, "term-switching", true, "a switch without the end of the Agreement (article 25(2)(c) Data Act)")
		must(phraseSwitchingErasure, "term-switching", true, "a switch without erasure after the retrieval period (article 25(2)(h) Data Act)")
		// Reduced charges only where the terms take effect before the
		// Data Act withdraws them, and only for paid access.
		effective, _ := v["effective_date"].(time.Time)
		charges := paid && effective.Before(time.Date(2027, 1, 12, 0, 0, 0, 0, time.UTC))
		must(phraseSwitchingCharges, "term-switching", charges, "switching charges after 12 January 2027 (article 29 Data Act)")
		must(phraseSwitchingChargesBefore2027, "term-switching", charges, "reduced charges for a switch begun before 12 January 2027, in terms effective "+effective.Format(time.DateOnly))
		must(phraseNoSwitchingCharges, "term-switching", !charges, "no switching charges at all")
		must(phraseRetrievalAfterAnyEnd, "term-switching", true, "no retrieval period after an end other than a switch (article 25(2)(d) Data Act)")
		must(phraseCredentialsDuringRetrieval, "term-switching", true, "credentials revoked before the retrieval period")
		must(phraseSwitchingInformation, "term-switching", true, "no information on switching and on the jurisdiction of the infrastructure (articles 26 and 28 Data Act)")
		must(phraseGeneralExportExclusion, "term-switching", false, "a general exclusion of protected data from export (article 25(2)(f) Data Act)")
		listed, _ := v["data_act.exportable"].(questionnaire.Translated)
		must(phraseExportableInDocumentation, "term-switching", listed == nil, "the exportable data neither listed nor left to the Documentation")
		c, _ := doc.Clause("term-switching")
		if listed != nil && !strings.Contains(c.Body, mdtext.Escape(listed[doc.Lang])) {
			fail("the exportable data answered are not listed: %q", listed[doc.Lang])
		}
		excluded, _ := v["data_act.excluded"].(questionnaire.Translated)
		must(phraseNothingExcludedFromExport, "term-switching", excluded == nil, "the data excluded from export neither listed nor said to be none")
		if excluded != nil && !strings.Contains(c.Body, mdtext.Escape(elision.ReplaceAllString(excluded[doc.Lang], "$1’$2"))) {
			fail("the data excluded from export are not listed: %q", excluded[doc.Lang])
		}
		// The format promised is that of the exportable data (article 25
		// Data Act), said before the exclusions so that it cannot be read
		// as handing over the excluded data.
		format := strings.Index(c.Body, textfmt.Typeset(doc.Lang, phraseExportFormat[doc.Lang]))
		exclusion := strings.Index(c.Body, textfmt.Typeset(doc.Lang, phraseExportExclusions[doc.Lang]))
		if format < 0 || exclusion < 0 || format > exclusion {
			fail("the export format not attached to the exportable data before the exclusions (at %d, exclusions at %d)", format, exclusion)
		}
	}
	// The effects of termination are numbered sub-clauses: the end of
	// access, the deletion and the cases where it is not due (where the
	// User has something to delete), and what survives.
	if effects, ok := doc.Clause("term-effects"); ok {
		deletion := personal && v["personal_data.returns"] == true || data == "commercial"
		body := strings.TrimSpace(effects.Body)
		// The causes of an end not attributable to the User follow, in a
		// list of their own.
		if i := strings.Index(body, "\n\n"); i >= 0 {
			body = body[:i]
		}
		last := map[bool]string{true: "\n4. ", false: "\n2. "}[deletion]
		if !strings.HasPrefix(body, "1. ") || !strings.Contains(body, last) || strings.Contains(body, "\n3. ") != deletion {
			fail("the effects of termination not split into their numbered sub-clauses (deletion due: %v): %.200q", deletion, body)
		}
	}
	must(phraseCredentialsRevokedAtEnd, "term-effects", !switching, "credentials revoked at once at the end of the Agreement")
	must(phraseCredentialsRevokedAfterRetrieval, "term-effects", switching, "credentials revoked after the retrieval period")
	must(phraseDPAErasureAfterRetrieval, "dpa-end", switching && personal && role != "controller", "personal data erased before the retrieval period ends")
	must(phraseRefundOnSwitching, "access-payment", switching && paid, "no refund of prepaid sums when the Agreement ends by a switch")
	must(phraseConsumerSwitchingRight, "consumer-information", switching && consumers, "a Consumer not told of the right to switch before acceptance (article 26 Data Act)")
	summary, _ := doc.Clause("summary")
	if refersTo(summary, "term-switching") != switching {
		fail("the summary mentions switching: %v, want %v", !switching, switching)
	}
	if dpaEnd, ok := doc.Clause("dpa-end"); ok && refersTo(dpaEnd, "term-switching") != switching {
		fail("the processor's deletion at the end waits for the retrieval period: %v, want %v", !switching, switching)
	}
	// A data processing service stores its users' data: the processor's
	// annex describes hosting, not temporary storage (article 28(3)
	// GDPR), the retention period and the anonymisation reach only the
	// data not stored, and their loss is not excluded from liability
	// (article 1170 C. civ., Chronopost, Faurecia), the cap remaining.
	dpa := personal && role != "controller"
	must(phraseTemporaryStorage, "dpa-scope", dpa && !switching, "a processing service described as temporary storage, or a transient one as hosting")
	must(phraseHosting, "dpa-scope", dpa && switching, "a processing service described as temporary storage, or a transient one as hosting")
	must(phraseStoredOutOfRetention, "data-personal", (dpa || personal && consumers) && switching, "a retention period imposed on the data users store, or stored data where none are, or hosted by a controller only for businesses")
	must(phraseNoPersonalStored, "data-personal", personal && role == "controller" && switching && !consumers, "personal data hosted for users by a controller only, with no processor's terms")
	must(phraseConsumerStoredAsController, "data-personal", dpa && switching && consumers, "a Consumer's stored data left to the processor's terms, which do not apply to him or her (GDPR, art. 2(2)(c))")
	must(phraseConsumerStoredControllerOnly, "data-personal", personal && role == "controller" && switching && consumers, "a Consumer forbidden to store his or her own data, or kept without purpose")
	must(phraseBusinessStoresNone, "data-personal", personal && role == "controller" && switching && consumers, "business Users of a controller only allowed to store personal data without processor's terms")
	must(phraseStoredNotAnonymised, "data-provider-use", personal && role == "processor" && switching, "the users' stored data anonymised for the Provider's statistics")
	must(phraseStoredLossCarveOut, "liability-limit", switching && fx2kCapped(v), "the loss of the data a storage service keeps excluded from its liability")
	// A provider that publishes what users send holds a licence on the
	// contributions (articles L. 122-4 and L. 131-3 CPI), keeps them out
	// of the confidentiality of requests, keeps their personal data as
	// long as they are published, and does not present as required by
	// article 16(2) of directive 2019/770 a deletion that the GDPR alone
	// governs.
	published := v["contributions.published"] == true
	must(phraseContributionsLicence, "data-contributions", published, "published contributions without a licence of their author's rights")
	must(phraseContributionsNotConfidential, "data-provider-use", published, "published contributions kept confidential, or an exception for contributions never published")
	must(phraseContributionsKept, "data-personal", published && personal, "published contributions deleted at the end of the retention period")
	must(phraseContributionsRetentionSpared, "data-personal", published && personal, "contributors' contact details erased on answering")
	if _, hosting := doc.Clause("data-hosting"); hosting {
		must(phraseModerationPolicy, "data-hosting", true, "a hosting service whose terms do not state its moderation policy (art. 14(1) DSA)")
		must(phraseComplaintRules, "data-hosting", published, "the complaint-handling rules of a platform left out, or asked of a service that publishes nothing")
	}
	must(phraseContributionsAdaptations, "data-contributions", published && !sensitiveContrib, "reusers of contributed works forbidden the adaptations their licence allows, or free to distort them")
	must(phraseContributionsIntegrity, "data-contributions", false, "an integrity clause that contradicts the adaptation right of the licence of the Data")
	for _, id := range []string{"data-open-data-licence"} {
		open := data == strings.TrimPrefix(id, "data-")
		must(phraseLicenceKeepsContributions, id, open && published && !sensitiveContrib, "the open licence that excludes the whole content of pseudonymous contributions, or excludes no personal data")
		must(phraseLicenceCoversContributions, id, open && published && !sensitiveContrib, "the content of contributions left out of the open licence")
	}
	if consumers {
		for _, p := range []apiTOSPhrase{phraseDataAsConsideration, {textfmt.EN: "the only advantages", textfmt.FR: "seuls avantages"}} {
			must(p, "consumer-information", false, "personal data presented as what the Consumer pays with")
		}
		must(phraseDataNotCondition, "consumer-information", !paid && personal && role != "processor" && kind != "public-body", "a free service paid for in personal data, or processing said to be independent of access where there is none")
		// A public body processes them on its public task, never as the
		// price of access (GDPR, art. 6(1)(e) and 7(4)).
		must(phraseDataNotConsideration, "consumer-information", !paid && personal && role != "processor" && kind == "public-body", "a public body's processing of a Consumer's data presented as the price of access, or not based on its public task")
	}
	must(phraseConsumerContent, "consumer-withdrawal", published && consumers, "a Consumer's contributions without the rights of article 16(3) and (4) of directive 2019/770")
	must(phraseDeletionRequired, "consumer-withdrawal", false, "a deletion presented as required by article 16(2) of directive 2019/770")
	// The author's name goes with the work unless the author stays
	// anonymous (article L. 121-1 CPI), and the erasure that follows a
	// switch leaves published contributions where 6.x keeps them.
	must(phraseAuthorNamed, "data-contributions", published, "a published contribution whose author is named only on request")
	must(phraseContributionsKeptAfterSwitching, "term-switching", published && switching, "published contributions erased with the switching data")
	must(phraseContributionDated, "liability-safety", published && v["safety.critical"] == true, "crowd-sourced safety data published without the date of each contribution")
	must(phraseContributionsEndpoint, "definitions", published, "contributions not told apart from other content sent to the API")
	must(phraseWarrantyExceptContributions, "warranty-title", published, "the Provider warranting title to third parties' contributions, or an exception for contributions never published")
	must(phraseReusersNameAuthor, "data-contributions", published && !sensitiveContrib, "contributed works released with no duty on reusers to name their author")
	must(phraseContactNotReturned, "data-contributions", published, "contributors left to think their contact details go to reusers")
	must(phraseReuserController, "data-contributions", published && !sensitiveContrib, "the personal data of published contributions reused with no word on the reuser's duties")
	// Storing or publishing what users send is hosting under the DSA
	// (article 3(g)(iii)), for business users as much as for consumers.
	hosting := published || v["data_act.processing_service"] == true
	must(phraseNoticeAndAction, "data-hosting", hosting, "hosted content without notice and action (article 16 DSA)")
	must(phraseStatementOfReasons, "data-hosting", hosting, "hosted content restricted without a statement of reasons (article 17 DSA)")
	must(phraseDSAContactPoint, "data-hosting", hosting, "a hosting service without its points of contact (articles 11 and 12 DSA)")
	must(phraseHumanReview, "data-hosting", hosting, "hosted content moderated without the information article 14(1) DSA requires")
	freeOwn := consumers && !paid && personal && role != "processor"
	must(phraseLicenceCounterpart, "consumer-information", freeOwn && published, "personal data presented as a Consumer's only counterpart beside the licence on contributions")
	must(phraseSummaryLicence, "summary", freeOwn && published, "personal data presented as a Consumer's only counterpart beside the licence on contributions")
	must(phraseDeletionCommitment, "consumer-withdrawal", consumers && personal && role != "processor", "the deletion of a Consumer's data not stated as the Provider's own commitment")
	vatCharged := v["pricing.vat"] == "charged"
	must(phraseExclusiveOfTaxesForAll, "access-payment", paid && vatCharged && !consumers, "prices exclusive of taxes stated to Consumers (L. 112-1 C. conso.)")
	must(phraseExclusiveOfTaxesForProfessionals, "access-payment", paid && vatCharged && consumers, "prices exclusive of taxes stated to Consumers (L. 112-1 C. conso.)")
	laterOrder := consumers && paid && v["acceptance.method"] == "account"
	must(phraseLaterOrderWithdrawal, "consumer-withdrawal", laterOrder, "a Consumer's paid offer subscribed to later without its own withdrawal period")
	must(phraseLaterOrderButton, "consumer-information", laterOrder, "a Consumer's paid offer subscribed to later without its own order button")
	must(phraseLaterOrderConfirmation, "scope-acceptance", laterOrder, "a Consumer's paid offer subscribed to later without its confirmation")
	if debit {
		must(phraseSEPAScheme, "access-payment", true, "a SEPA debit without its scheme")
		must(phraseSEPANotice, "access-payment", true, "a SEPA debit without pre-notification")
	}
	if _, ok := doc.Clause("warranty-disclaimer"); ok && paid {
		// The Rules' service credits add to the User's rights (review M, M-5).
		capped := v["liability.cap"] != "none" && !administrativeValues(v)
		must(phraseSLAExclusive, "warranty-disclaimer", capped, "service level remedies exclusive where the Agreement limits no liability (art. 1190 C. civ.), or not exclusive under a cap")
		must(phraseSLACap, "warranty-disclaimer", capped, "service level remedies outside or inside a cap")
		must(phraseSLADeducted, "warranty-disclaimer", !capped, "service level remedies neither exclusive nor counted towards damages")
	}
	if personal {
		must(phraseProcessorDataEnd, "data-personal", role != "controller", "processor data kept beyond the Agreement (art. 28(3)(g) GDPR)")
	}
	if v["liability.cap"] == "none" {
		must(phraseForeseeableOnly, "liability-limit", false, "foreseeable damage only, without the gross negligence exception (art. 1231-3 C. civ.)")
	}
	public := v["provider.type"] == "public-body"
	if _, bilingual := doc.Clause("languages"); bilingual {
		want := answer(v, "prevailing_language")
		if public {
			want = "public"
		}
		for which, p := range frontPrevails {
			if strings.Contains(doc.Front, textfmt.Typeset(doc.Lang, p[doc.Lang])) != (which == want) {
				fail("the head of the terms says which version prevails for %s: %v", which, which != want)
			}
		}
		must(phraseFrenchForPublicBodies, "languages", v["prevailing_language"] == "en" && !public, "English prevailing against public bodies and consumers")
		must(phraseFrenchOnlyAuthoritative, "languages", public, "a public-law provider's contract not authoritative in French (loi 94-665, art. 5)")
	}
	if _, registered := v["provider.registration"]; public && !registered && (strings.Contains(doc.Front, "Immatricul") || strings.Contains(doc.Front, "Registration")) {
		fail("a public body given a trade registration it does not have")
	}
	spic := public && v["provider.public_activity"] == "industrial-commercial"
	must(phraseAdministrativeCourts, "jurisdiction", public && !spic, "an administrative public service's courts stated as if only the judicial ones could hear a dispute, or an industrial and commercial one's as if the administrative ones could")
	must(phraseJudicialCourts, "jurisdiction", spic, "an industrial and commercial public service's disputes not sent to the judicial courts")
	must(phrasePublicShareAlike, "user-share-alike", public && v["conditions.access"] == "share-alike", "a public body's reciprocity that may read as a condition on the reuse of public information")
	if sale := map[textfmt.Lang]string{textfmt.EN: "and Sale", textfmt.FR: "et de vente"}[doc.Lang]; strings.Contains(doc.Title, sale) != (paid && !public) {
		fail("the title %q speaks of a sale for a public body's charge, or omits it for a paid service", doc.Title)
	}
	if paid {
		must(phraseCurrency, "access-price", true, "prices without their currency")
		accounting := public && v["provider.public_accounting"] == true
		card := slices.Contains(methods, "card")
		agency := accounting && card && v["pricing.revenue_agency"] == true
		must(phraseRevenueOrder, "access-payment", accounting, "a public body's receipts without its public accountant, or a provider's with one it does not have")
		must(phraseRevenueOrderTwoMonths, "access-payment", accounting, "a revenue order whose two months to contest it (CGCT L. 1617-5) are not stated")
		must(phraseContestedOrderKeepsAccess, "term-breach", accounting, "a User cut off for a sum whose revenue order it contests (CGCT L. 1617-5, 1°), or a private provider's terms that speak of revenue orders")
		must(phraseRevenueAgency, "access-payment", agency, "a card taken at the order under public accounting without a revenue agency, or an agency named that does not exist")
		must(phraseCardAtOrder, "access-payment", card && !accounting, "a card payment at the order under public accounting, or a private provider's card payment with no time set")
		must(phraseCardOnNotice, "access-payment", accounting && card && !agency, "a card payment under public accounting with no revenue agency, not made on the notice of sums payable")
		noVAT := public && !taxable
		must(phraseEInvoicingFrance, "access-payment", country == "FR" && !noVAT, "electronic invoicing between taxable persons stated for a public body that charges no VAT, or omitted for a French provider")
		if act, _ := v["pricing.act"].(string); public && act != "" {
			p, _ := doc.Clause("access-price")
			if !strings.Contains(p.Body, textfmt.Typeset(doc.Lang, act)) {
				fail("the act that sets a public body's prices, %q, is not cited", act)
			}
		}
		must(phraseCommercialCodePenalties, "access-payment", !public || spic, "penalties of the Commercial Code claimed by an administrative public creditor, or omitted by a private provider or an industrial and commercial public service")
		must(phrasePublicPriceService, "access-price", public, "a public body's price that may read as a charge for the reuse of public information")
		must(phraseHighValueFree, "access-price", public && v["pricing.high_value"] == true, "a public body's paid tier that may charge for API access to high-value datasets (art. 14(1) directive 2019/1024)")
	}
	restricted := v["conditions.access"] == "restricted"
	must(phraseEligibilityChecked, "scope-acceptance", restricted, "credentials issued before eligibility under restricted access is checked")
	must(phraseConcludedOnAdmission, "scope-acceptance", restricted, "an Agreement concluded before eligibility under restricted access is checked (art. 1114 C. civ.)")
	must(phraseNoPaymentBeforeAdmission, "scope-acceptance", restricted && paid, "a payment taken before admission under restricted access")
	must(phraseRefusedRefunded, "access-payment", restricted && paid, "a refused applicant left unrefunded")
	must(phraseRefusedCredentialsRefunded, "access-payment", !restricted && paid, "a paying person refused Access Credentials left unrefunded")
	must(phraseOrderOnAdmission, "consumer-information", restricted && paid && consumers, "a Consumer's order binding before admission (R. 212-2, 1°, C. conso.)")
	must(phraseWithdrawalFromConclusion, "consumer-withdrawal", restricted && consumers, "a withdrawal period that runs before the Agreement is concluded, or from a conclusion the Agreement does not set")
	must(phraseWithdrawalFromAcceptance, "consumer-withdrawal", !restricted && consumers, "a withdrawal period from acceptance where acceptance concludes nothing, or missing where it does")
	account := v["acceptance.method"] == "account"
	must(phraseOrderDetails, "scope-acceptance", paid && (account || restricted), "an order checked before acceptance in an Account, or after admission")
	must(phraseRequestForm, "scope-acceptance", paid && !account && !restricted, "an order, not the offer on the request form, checked before a credentials request (art. 1127-2 C. civ.)")
	must(phraseOrderDetails, "consumer-information", consumers && paid && (account || restricted), "an order checked before acceptance in an Account, or after admission")
	must(phraseRequestForm, "consumer-information", consumers && paid && !account && !restricted, "an order, not the offer on the request form, checked before a credentials request")
	must(phraseGuaranteeRules, "consumer-guarantee", guarantee, "the statutory box introduced without naming the guarantee")
	if strings.Contains(md, textfmt.Typeset(doc.Lang, phraseGuaranteeRulesAmbiguous[doc.Lang])) {
		fail("the statutory box introduced by a pronoun whose nearest antecedent is not the guarantee")
	}
	if paid {
		// Under the basic exemption or another one, VAT may become due.
		exempted := v["pricing.vat"] == "franchise" || v["pricing.vat"] == "exempt"
		must(phraseVATLaterDate, "access-payment", exempted, "VAT added after the franchise before Users are told and may leave")
		must(phraseVATBorne, "access-payment", exempted, "VAT due before it is added left unallocated")
	}
	must(phraseAssignmentExit, "assignment", !administrativeDoc(doc), "an assignment imposed on Consumers and Non-Professionals without a way out (R. 212-2, 5°, C. conso.)")
	must(phraseAssignmentExitConsumers, "assignment", consumers && !administrativeDoc(doc), "the way out of an assignment given to Consumers where there are none, or refused them")
	individual := v["provider.type"] == "individual"
	if _, ok := doc.Clause("term-cessation"); ok != individual {
		fail("a clause on the cessation of a sole trader's business: %v", ok)
	}
	if c, ok := doc.Clause("term-cessation"); ok {
		for id, want := range map[string]bool{"term-provider": true, "term-continuity": true, "access-payment": paid} {
			if refersTo(c, id) != want {
				fail("the cessation of a sole trader's business and %s: %v", id, !want)
			}
		}
		must(phraseSpecificationDeposit, "term-cessation", true, "a Specification promised after closure that dies with the sole trader")
		must(phraseBestEndeavoursNotice, "term-cessation", true, "a closure notice promised where the sole trader cannot give it")
	}
	must(phraseBusinessAssets, "term-continuity", individual && country == "FR", "a French sole trader's transfer of business assets (L. 526-27 C. com.)")
	// A public body is substituted, not merged (review M, M-4).
	must(phraseMerger, "term-continuity", !individual && !public, "a sole trader or a public body said to merge, or a company's merger left out")
	// An association or a foundation ends by dissolution: its assets pass
	// as its statutes say (loi 1901, art. 9), and the Specification and
	// open Data outlive it in a public archive, as with a sole trader. A
	// cooperative's net assets devolve likewise (loi 47-1775, art. 19).
	coop := (v["provider.type"] == "organisation" || v["provider.type"] == "company") && cooperativeForm.MatchString(answer(v, "provider.legal_form"))
	organisation := v["provider.type"] == "organisation" || coop
	must(phraseDissolution, "term-continuity", organisation, "the dissolution of an association left unsettled, or settled for a provider that is not one")
	must(phraseDissolutionData, "term-continuity", organisation && v["conditions.data"] != "commercial", "open Data lost with a dissolved provider, or commercial Data deposited in a public archive")
	must(phraseDissolutionReusable, "term-continuity", organisation && v["conditions.data"] != "commercial", "deposited Data whose reuse a relative clause may tie to the personal data left out")
	// An Italian provider's reservation of text and data mining also
	// rests on the Italian transposition (art. 70-quater L. 633/1941).
	// A professional User established in Italy is bound by the choice of
	// court only by a separate, specific approval (arts. 1341-1342 c.c.).
	must(phraseSpecificApproval, "jurisdiction", country == "IT" && v["jurisdiction"] != nil && v["jurisdiction"] != "", "the specific approval that Italian law requires of a choice of court missing, or asked of Users of a provider established elsewhere")
	must(phraseSpecificApprovalBox, "scope-acceptance", country == "IT" && v["jurisdiction"] != nil && v["jurisdiction"] != "", "the separate box for the specific approval of a choice of court missing from the acceptance steps, or asked of Users of a provider established elsewhere")
	must(phraseTDMItaly, "data-commercial", country == "IT" && v["conditions.data"] == "commercial", "an Italian provider's mining reservation without the Italian text, or the Italian text cited for another provider")
	must(phraseDevolution, "term-continuity", organisation, "the API passed to anyone, whatever the devolution rules of the Provider's law and statutes")
	must(phraseDevolutionFrance, "term-continuity", organisation && !coop && country == "FR", "the devolution rules of a French association missing, or cited for a foreign provider")
	must(phraseDevolutionItaly, "term-continuity", organisation && country == "IT", "the devolution of an Italian third-sector entity missing, or cited for another provider")
	must(phraseDissolutionNotice, "term-continuity", organisation, "a liquidation bound to the longer closure notice and deprecation period")
	_, representative := v["provider.eu_representative"]
	must(phraseEURepresentative, "parties", representative && !inEEA(country), "a representative in the Union missing, or named for a provider established in the EEA")
	if personal {
		must(phraseFADP, "data-transfers", country == "CH", "the Swiss Federal Act on Data Protection for a provider not established in Switzerland, or missing for one that is")
	}
	must(phrasePublicInformationReuse, "data-commercial", public && data == "commercial", "a public body's commercial licence that restricts the reuse of public information (CRPA, L. 321-1)")
	must(phrasePublicInformationReuse, "user-no-competition", public && data == "commercial" && output == "no-direct-competition", "a public body forbidding competing reuse of public information (CRPA, L. 321-1 and L. 325-1)")
	must(phrasePublicInformationReuse, "user-non-commercial", public && data == "commercial" && output == "non-commercial", "a public body confining public information to non-commercial reuse (CRPA, L. 321-1)")
	for _, id := range []string{"user-attribution-required", "user-attribution-none", "user-attribution-trademark"} {
		if _, ok := doc.Clause(id); ok {
			// An open licence is the Provider's consent of L. 322-1 CRPA (review M, M-2).
			must(phrasePublicInformationSource, id, public && data == "commercial", "public information reused without its source and date (CRPA, L. 322-1)")
		}
	}
	must(phraseDecreeList, "spec-licence-ouverte", public && v["conditions.specification"] == "licence-ouverte", "a specification licence said to be on the decree's list for a provider that is no public body")
	administrative := public && v["provider.public_activity"] != "industrial-commercial"
	// The Rules of an administrative service have no such clause at all
	// (review M, M-3): article 1195 of the Civil Code governs contracts.
	_, hardship := doc.Clause("hardship")
	if hardship == administrative {
		fail("a change-of-circumstances clause in the Rules of an administrative service, or none in a contract")
	}
	must(phrasePrivateLawOnly, "hardship", false, "the Civil Code's change of circumstances imposed on an administrative public service's contract, or qualified for a private provider or an industrial and commercial public service, bound to its users by private law")
	for _, id := range []string{"liability-limit", "term-breach", "assignment"} {
		must(phrasePrivateLawOnly, id, false, "a user's protections (cap, cure period, reasons, exit after assignment) lost if the contract is administrative")
	}
	must(phraseGeneralInterest, "term-provider", administrative, "an administrative contract's termination or modification on grounds of the general interest left unstated, or stated for a provider that has no such power")
	must(phraseGeneralInterestCompensation, "term-provider", administrative, "a termination on grounds of the general interest without the User's compensation")
	must(phraseChargeLimits, "access-price", public && v["pricing.model"] != "paid", "a public body's future charge for public information outside CRPA L. 324-1")
	must(phraseDutiesToPublish, "term-provider", public, "a public body closing its API regardless of its duties to publish (CRPA L. 312-1-1)")
	must(phraseFrenchSanctions, "user-sanctions", v["provider.country"] == "FR", "sanctions of the State of establishment")
	must(phraseEstablishmentSanctions, "user-sanctions", v["provider.country"] != "FR", "sanctions of the State of establishment")
	must(phraseShareAlikeAPIsOnly, "user-share-alike", v["conditions.access"] == "share-alike", "share-alike reaching every Application")
	for _, id := range []string{"access-share-alike", "user-share-alike"} {
		must(phraseShareAlikeTrigger, id, v["conditions.access"] == "share-alike", "share-alike triggered differently in the access and share-alike clauses")
	}
	must(phraseShareAlikePrivate, "user-share-alike", v["conditions.access"] == "share-alike", "share-alike reaching private integrations for the User's group or partners")
	scope, _ := doc.Clause("scope-precedence")
	for _, id := range []string{"access-neutrality", "access-restricted", "access-share-alike"} {
		if _, ok := doc.Clause(id); ok && !refersTo(scope, id) {
			fail("special terms may derogate from %s", id)
		}
	}
	checkAPITOSDataLiabilityAndBoilerplate(t, doc, v, what)
}

// The parties, the price and personal data, crossed: every audience,
// price, role of the provider for personal data, cap on liability, kind
// of provider and answer on being a merchant, with the five FACT
// conditions taking each of their options in turn, give terms that are
// right on every class of point the walk of the conditions checks.
func TestAPITOSPartiesPriceAndDataAxes(t *testing.T) {
	k, _ := Lookup("api-tos")
	base := exampleValues(t, k)
	type axis struct {
		key    string
		values []any
	}
	axes := []axis{
		{"audience", []any{"business", "business-and-consumers"}},
		{"pricing.model", []any{"free", "paid"}},
		{"personal_data.role", []any{"processor", "controller", "both", nil}}, // nil: no personal data
		{"liability.cap", []any{"amount", "fees", "none"}},
		{"provider.type", []any{"company", "individual", "organisation", "public-body"}},
		{"provider.merchant", []any{true, false}},
	}
	sets := []questionnaire.Values{base}
	for _, a := range axes {
		var next []questionnaire.Values
		for _, s := range sets {
			for _, x := range a.values {
				c := clone(s)
				c[a.key] = x
				next = append(next, c)
			}
		}
		sets = next
	}
	conditions := []string{"conditions.access", "conditions.specification", "conditions.data", "conditions.output", "conditions.attribution", "pricing.vat", "prevailing_language"}
	n := 0
	for i, v := range sets {
		// A public body's kind of service and accounting, in every pairing.
		v["provider.public_activity"] = []any{"administrative", "industrial-commercial"}[i%2]
		v["provider.public_accounting"] = i/2%2 == 0
		v["pricing.revenue_agency"] = i/4%2 == 0
		// A regulated profession, bound to secrecy or not, in every pairing.
		if v["provider.type"] == "company" || v["provider.type"] == "individual" {
			v["provider.regulated"] = i/8%2 == 0
			v["provider.profession.secrecy"] = i/16%2 == 0
		}
		if i%3 == 0 {
			v["pricing.act"] = "délibération du conseil d'administration n° 2027-3 du 9 mars 2027"
		}
		if v["liability.cap"] == "fees" && v["pricing.model"] == "free" {
			continue // refused: a cap on fees nobody pays
		}
		if v["personal_data.role"] == nil {
			v["personal_data.processed"], v["personal_data.role"] = false, "processor"
		}
		for j, key := range conditions {
			qq, _ := k.Questionnaire.Question(key)
			opts := optionValues(qq)
			v[key] = opts[(i+j)%len(opts)]
		}
		if v["conditions.data"] == "open-reuse" && v["conditions.output"] == "non-commercial" {
			v["conditions.output"] = "no-direct-competition"
		}
		nameProvider(v, i)
		if i%2 == 0 {
			delete(v, "provider.vat_number")
		}
		settleVAT(v)
		if errs := refusals(k, v); len(errs) > 0 {
			t.Fatalf("%s: the answers are refused: %v", describe(k, v), errs)
		}
		for _, l := range textfmt.All {
			doc, err := k.Assemble(v, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			what := string(l) + " " + describe(k, v)
			checkAPITOSOptions(t, k, doc, v, what)
			checkAPITOSClasses(t, k, doc, v, what)
			checkNoDrafterNote(t, doc, what)
			checkClean(t, string(markdown.Render(doc)), what)
		}
		n++
		// Terms in English only, which French law allows a private
		// provider offering them to professionals.
		if v["audience"] == "business" && v["provider.type"] != "public-body" {
			en := clone(v)
			en.SetLangs([]textfmt.Lang{textfmt.EN})
			doc, err := k.Assemble(en, textfmt.EN, Final)
			if err != nil {
				t.Fatal(err)
			}
			what := "en only " + describe(k, en)
			checkAPITOSClasses(t, k, doc, en, what)
			checkClean(t, string(markdown.Render(doc)), what)
		}
	}
	t.Logf("%d sets in both languages", n)
}

// A provider established in Spain reserves its choice of court for users
// established elsewhere, Spanish law voiding it in adhesion contracts
// (article 54(2) LEC), and is warned of Spanish e-invoicing; a provider
// established in another State keeps the clause but is told to check its
// own law, and is warned of e-invoicing without naming another State's.
func TestAPITOSForeignProviderCourtAndInvoicing(t *testing.T) {
	k, _ := Lookup("api-tos")
	v := exampleValues(t, k)
	v["provider.country"], v["provider.address"] = "ES", "Calle de Colón 22, 46004 Valencia, España"
	v["provider.registration"] = "Registro Mercantil de Valencia, hoja V-178901, NIF B98765432"
	v["provider.vat_number"] = "ESB98765432"
	v["jurisdiction"] = "Valencia"
	v["pricing.model"] = "paid"
	if errs := refusals(k, v); len(errs) > 0 {
		t.Fatalf("a Spanish provider is refused: %v", errs)
	}
	broken := brokenRules(k, v)
	if !slices.Contains(broken, "e-invoicing-spain") || slices.Contains(broken, "e-invoicing-italy") || slices.Contains(broken, "e-invoicing-provider-abroad") || slices.Contains(broken, "court-domestic-users") {
		t.Errorf("a Spanish provider's warnings: %v", broken)
	}
	for _, l := range textfmt.All {
		doc, err := k.Assemble(v, l, Final)
		if err != nil {
			t.Fatal(err)
		}
		if !phraseCourtAbroadOnly.in(doc, "jurisdiction") {
			c, _ := doc.Clause("jurisdiction")
			t.Errorf("%s: the Spanish provider's choice of court reaches Spanish users:\n%s", l, c.Body)
		}
		checkAPITOSClasses(t, k, doc, v, string(l)+" Spanish provider")
	}
	e := establishments["DE"]
	v["provider.country"], v["provider.registration"], v["provider.address"], v["provider.vat_number"] = "DE", e.registration, e.address, e.vat
	v["jurisdiction"] = "Berlin"
	broken = brokenRules(k, v)
	if !slices.Contains(broken, "court-domestic-users") || !slices.Contains(broken, "e-invoicing-provider-abroad") || slices.Contains(broken, "e-invoicing-spain") {
		t.Errorf("a German provider's warnings: %v", broken)
	}
	for _, l := range textfmt.All {
		doc, _ := k.Assemble(v, l, Final)
		if phraseCourtAbroadOnly.in(doc, "jurisdiction") {
			t.Errorf("%s: a German provider's choice of court confined to foreign users", l)
		}
	}
}

// The terms accept French law only: another law is refused with its
// reason, whatever else is answered, since their clauses rest on French
// legal concepts that another law would read otherwise.
func TestAPITOSRefusesOtherLaws(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, code := range []string{"DE", "BE", "CH", "US-NY", "GB", "CA-QC", "LU"} {
		vals := exampleValues(t, k)
		vals["governing_law"] = code
		if errs := refusals(k, vals); len(errs) != 1 || errs[0] != "governing-law-not-french" {
			t.Errorf("%s: refusals %v, want governing-law-not-french", code, errs)
		}
	}
	vals := exampleValues(t, k)
	e := establishments["DE"]
	vals["provider.country"], vals["provider.registration"], vals["provider.address"], vals["provider.vat_number"] = "DE", e.registration, e.address, e.vat
	if errs := refusals(k, vals); len(errs) > 0 {
		t.Errorf("a provider established in Germany may choose French law: %v", errs)
	}
}

// A sole trader established in France must be named with "EI"; the rule
// accepts the mention before or after the name, in either form, and does
// not apply to a sole trader established elsewhere.
func TestAPITOSSoleTraderName(t *testing.T) {
	k, _ := Lookup("api-tos")
	cases := []struct {
		name, country string
		refused       bool
	}{
		{"Jeanne Martin", "FR", true},
		{"Jeanne Martin EI", "FR", false},
		{"EI Jeanne Martin", "FR", false},
		{"Jeanne Martin, entrepreneur individuel", "FR", false},
		{"Jeanne Martin entrepreneur individuel", "FR", false},
		{"Jeanne Martin", "BE", false},
		{"Heidi Müller", "DE", false},
	}
	for _, c := range cases {
		vals := exampleValues(t, k)
		vals["provider.type"], vals["provider.name"], vals["provider.country"] = "individual", c.name, c.country
		problems := k.Questionnaire.Check(k.Questionnaire.Resolve(vals), time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
		refused := false
		for _, p := range problems {
			refused = refused || p.Rule.ID == "sole-trader-without-ei"
		}
		if refused != c.refused {
			t.Errorf("%q established in %s: refused %v", c.name, c.country, refused)
		}
	}
}

// A company's capital reads as the law has it mentioned, whatever the
// answer: an amount after "au capital de", and a variable capital as
// "à capital variable", never "au capital de variable".
func TestAPITOSShareCapital(t *testing.T) {
	k, _ := Lookup("api-tos")
	cases := []struct{ answer, fr, en string }{
		// Digit groups take the language's separator, in French a narrow
		// no-break space, so that no line breaks inside the figure.
		{"10 000 euros", "au capital de 10\u202f000\u00a0euros", "with a share capital of EUR\u00a010,000"},
		{"1\u00a0250 000 €", "au capital de 1\u202f250\u202f000\u00a0euros", "with a share capital of EUR\u00a01,250,000"},
		{"2500 euros", "au capital de 2\u202f500\u00a0euros", "with a share capital of EUR\u00a02,500"},
		{"EUR 15000", "au capital de 15\u202f000\u00a0euros", "with a share capital of EUR\u00a015,000"},
		{"15 000 GBP", "au capital de 15\u202f000 GBP", "with a share capital of 15,000 GBP"},
		{"variable", "à capital variable", "à capital variable (with variable capital)"},
		{"Variable", "à capital variable", "à capital variable (with variable capital)"},
		{"capital variable", "à capital variable", "à capital variable (with variable capital)"},
		{"à capital variable", "à capital variable", "à capital variable (with variable capital)"},
	}
	for _, c := range cases {
		vals := exampleValues(t, k)
		vals["provider.type"], vals["provider.share_capital"] = "company", c.answer
		for _, l := range textfmt.All {
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			p, _ := doc.Clause("parties")
			want := map[textfmt.Lang]string{textfmt.FR: c.fr, textfmt.EN: c.en}[l]
			if !strings.Contains(p.Body, textfmt.Typeset(l, want)) || strings.Contains(p.Body, "de variable") || strings.Contains(p.Body, "of variable") {
				t.Errorf("%s %q: the parties say %q, want %q", l, c.answer, p.Body, want)
			}
		}
	}
}

// A name or an address typed with a plain keyboard takes the typographic
// apostrophe of the text around it, in the French terms as in the English
// ones, as translated answers do.
func TestAPITOSAnswersTakeTypographicApostrophe(t *testing.T) {
	k, _ := Lookup("api-tos")
	v := exampleValues(t, k)
	v["provider.address"] = "1 esplanade de l'Europe, 67000 Strasbourg, France"
	doc, err := k.Assemble(v, textfmt.FR, Final)
	if err != nil {
		t.Fatal(err)
	}
	md := string(markdown.Render(doc))
	if !strings.Contains(md, "esplanade de l’Europe") || strings.Contains(md, "l'Europe") {
		t.Errorf("the address keeps its straight apostrophe in French")
	}
	// The English terms set their own text with the typographic
	// apostrophe: a French legal form in them takes it too.
	v["provider.type"], v["provider.name"] = "public-body", providerNames["public-body"]
	v["provider.legal_form"] = "établissement public administratif de l'État"
	doc, err = k.Assemble(v, textfmt.EN, Final)
	if err != nil {
		t.Fatal(err)
	}
	if p, _ := doc.Clause("parties"); !strings.Contains(p.Body, "administratif de l’État") || strings.Contains(p.Body, "'") {
		t.Errorf("the legal form keeps its straight apostrophe in English: %s", p.Body)
	}
}

// A name that begins with "API" takes its article in French, as the name
// of an organisation does: "de l’API Niveaux marins".
func TestAPITOSNameOfAnAPITakesItsArticle(t *testing.T) {
	k, _ := Lookup("api-tos")
	v := exampleValues(t, k)
	v["api.name"], v["conditions.attribution"] = "API Niveaux marins", "required"
	doc, err := k.Assemble(v, textfmt.FR, Final)
	if err != nil {
		t.Fatal(err)
	}
	if c, _ := doc.Clause("user-attribution-required"); !strings.Contains(c.Body, "proviennent de l’API Niveaux marins") {
		t.Errorf("the attribution clause reads %q", c.Body)
	}
}

// A public body giving free access need not name a consumer mediator
// (article L. 611-4 of the Consumer Code): without one, the terms send
// Consumers, like every User, to the Défenseur des droits. Every other provider that admits
// Consumers must name the mediator it has joined.
func TestAPITOSPublicServiceMediation(t *testing.T) {
	k, _ := Lookup("api-tos")
	cases := []struct {
		kind, price string
		mediator    bool
		refused     bool
	}{
		{"public-body", "free", false, false},
		{"public-body", "free", true, false},
		{"public-body", "paid", false, true},
		{"company", "free", false, true},
		{"organisation", "free", false, true},
	}
	for _, c := range cases {
		v := exampleValues(t, k)
		v["audience"], v["provider.type"], v["pricing.model"] = "business-and-consumers", c.kind, c.price
		v["provider.name"] = providerNames[c.kind]
		if !c.mediator {
			delete(v, "consumer.mediator_name")
			delete(v, "consumer.mediator_url")
		}
		what := fmt.Sprintf("%s %s, mediator %v", c.kind, c.price, c.mediator)
		var missing []string
		for _, p := range k.Questionnaire.Missing(k.Questionnaire.Resolve(v)) {
			missing = append(missing, p.Key)
		}
		want := []string(nil)
		if c.refused {
			want = []string{"consumer.mediator_name", "consumer.mediator_url"}
		}
		if !slices.Equal(missing, want) {
			t.Errorf("%s: missing %v, want %v", what, missing, want)
			continue
		}
		if c.refused {
			continue
		}
		for _, l := range textfmt.All {
			doc, err := k.Assemble(v, l, Final)
			if err != nil {
				t.Fatalf("%s %s: %v", l, what, err)
			}
			if !phraseDefenseur.in(doc, "jurisdiction") || phraseMediatorJoined.in(doc, "consumer-mediation") {
				t.Errorf("%s %s: the recourse of a public service's users is wrong", l, what)
			}
			m, _ := doc.Clause("consumer-mediation")
			if c.mediator != strings.Contains(m.Body, mdtext.Escape(fmt.Sprint(v["consumer.mediator_name"]))) {
				t.Errorf("%s %s: the mediator named is wrong: %s", l, what, m.Body)
			}
		}
	}
}

// The head of the terms names the data protection officer whenever one is
// given, and the act adopting the terms only for a public body, the only
// provider whose terms an act of its competent authority adopts.
func TestAPITOSPartiesDPOAndAdoptionAct(t *testing.T) {
	k, _ := Lookup("api-tos")
	const act, dpo = "décision n° 2027-04 du directeur général du 12 janvier 2027", "dpo@acme-meteo.example"
	for _, kind := range []string{"company", "organisation", "public-body"} {
		v := exampleValues(t, k)
		v["provider.type"], v["provider.name"] = kind, providerNames[kind]
		v["provider.adoption_act"], v["provider.dpo_contact"] = act, dpo
		for _, l := range textfmt.All {
			doc, err := k.Assemble(v, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			p, _ := doc.Clause("parties")
			label := map[textfmt.Lang]string{textfmt.EN: "Act adopting these terms:", textfmt.FR: "Acte d'adoption des présentes conditions :"}[l]
			hasAct := strings.Contains(p.Body, textfmt.Typeset(l, label)) && strings.Contains(p.Body, textfmt.Typeset(l, act))
			if hasAct != (kind == "public-body") || !strings.Contains(p.Body, dpo) {
				t.Errorf("%s %s: act %v, data protection officer %v:\n%s", l, kind, hasAct, strings.Contains(p.Body, dpo), p.Body)
			}
		}
	}
}

// A provider established outside the European Economic Area, Switzerland
// for instance, names its representative in the Union at the head of the
// terms and is warned when it names none; a provider established in the
// EEA is warned that the terms ignore one. The currency of the prices is
// stated, and a Swiss provider applies the standard contractual clauses
// with the adaptations of the Swiss Commissioner.
func TestAPITOSProviderOutsideTheEEA(t *testing.T) {
	k, _ := Lookup("api-tos")
	swiss := func() questionnaire.Values {
		v := exampleValues(t, k)
		v["provider.country"], v["provider.address"] = "CH", "Hardstrasse 201, 8005 Zürich, Switzerland"
		v["provider.registration"] = "Commercial Register of the Canton of Zurich, UID CHE-123.456.789"
		delete(v, "provider.vat_number")
		v["pricing.model"], v["pricing.vat"], v["pricing.currency"] = "paid", "outside-eu", "chf"
		v["personal_data.processed"] = true
		v["provider.eu_representative"] = euRepresentative
		return v
	}
	v := swiss()
	if errs := refusals(k, v); len(errs) > 0 {
		t.Fatalf("a Swiss provider is refused: %v", errs)
	}
	if slices.Contains(brokenRules(k, v), "eu-representative-missing") {
		t.Error("a provider that names its representative is told to name one")
	}
	currency := apiTOSPhrase{textfmt.EN: "invoiced in Swiss francs (CHF).", textfmt.FR: "facturés en francs suisses (CHF)."}
	for _, l := range textfmt.All {
		doc, err := k.Assemble(v, l, Final)
		if err != nil {
			t.Fatal(err)
		}
		parties, _ := doc.Clause("parties")
		rep := fmt.Sprint(v["provider.eu_representative"])
		if !phraseEURepresentative.in(doc, "parties") || !strings.Contains(parties.Body, mdtext.Escape(rep)) {
			t.Errorf("%s: the representative in the Union is not named:\n%s", l, parties.Body)
		}
		if !currency.in(doc, "access-price") || !phraseFADP.in(doc, "data-transfers") || !phraseOutsideEU.in(doc, "access-payment") {
			t.Errorf("%s: currency, FADP or VAT of a Swiss provider missing", l)
		}
		checkAPITOSClasses(t, k, doc, v, string(l)+" Swiss provider")
	}

	delete(v, "provider.eu_representative")
	if !slices.Contains(brokenRules(k, v), "eu-representative-missing") {
		t.Error("a provider established outside the EEA that names no representative is not warned")
	}
	v["provider.country"] = "US-NY"
	if !slices.Contains(brokenRules(k, v), "eu-representative-missing") {
		t.Error("a provider established in the United States that names no representative is not warned")
	}

	v = exampleValues(t, k)
	e := establishments["BE"]
	v["provider.country"], v["provider.registration"], v["provider.address"], v["provider.vat_number"] = "BE", e.registration, e.address, e.vat
	v["provider.eu_representative"] = euRepresentative
	broken := brokenRules(k, v)
	if !slices.Contains(broken, "eu-representative-in-eea") || slices.Contains(broken, "eu-representative-missing") {
		t.Errorf("a Belgian provider that names a representative: %v", broken)
	}
	for _, l := range textfmt.All {
		doc, _ := k.Assemble(v, l, Final)
		if phraseEURepresentative.in(doc, "parties") || phraseFADP.in(doc, "data-transfers") {
			t.Errorf("%s: a Belgian provider names a representative in the Union, or Swiss law", l)
		}
	}
	delete(v, "provider.eu_representative")
	if b := brokenRules(k, v); slices.Contains(b, "eu-representative-in-eea") || slices.Contains(b, "eu-representative-missing") {
		t.Errorf("a Belgian provider without a representative: %v", b)
	}
}

// euRepresentative is the representative in the Union of a provider
// established outside the European Economic Area.
const euRepresentative = "Pulsewise EU Representative SAS, 10 rue de la Paix, 75002 Paris, France, eu-rep@pulsewise.example"

// Sensitive data processed on the provider's own account contradict the
// terms, which give the provider no exception of article 9(2) GDPR: the
// answers are refused, naming the answers concerned. Own purposes whose
// wording suggests sensitive data only draw a warning (fx2e_test.go):
// the tool cannot read free text. Health data where safety is at stake draw the
// warning on medical devices (Regulation (EU) 2017/745, rule 11).
func TestAPITOSSensitiveDataAndOwnPurposes(t *testing.T) {
	k, _ := Lookup("api-tos")
	base := exampleValues(t, k)
	base["personal_data.processed"], base["personal_data.special"] = true, true
	base["personal_data.special_categories"] = questionnaire.Translated{textfmt.EN: "data concerning health (heart rate)", textfmt.FR: "données concernant la santé (rythme cardiaque)"}
	purposes := func(en, fr string) questionnaire.Translated {
		return questionnaire.Translated{textfmt.EN: en, textfmt.FR: fr}
	}
	cases := []struct {
		name     string
		role     string
		purposes questionnaire.Translated
		refused  string
	}{
		{"controller", "controller", nil, "special-categories-controller"},
		{"both, purposes on health data", "both", purposes("the training of the arrhythmia-detection models", "l’entraînement des modèles de détection des arythmies"), ""},
		{"both, purposes naming health", "both", purposes("research on heart health", "la recherche sur la santé cardiaque"), ""},
		{"both, purposes without sensitive data", "both", purposes("the production of statistics on the use of the API", "l’établissement de statistiques d’usage de l’API"), ""},
		{"processor", "processor", nil, ""},
	}
	for _, c := range cases {
		v := clone(base)
		v["personal_data.role"] = c.role
		delete(v, "personal_data.purposes")
		if c.purposes != nil {
			v["personal_data.purposes"] = c.purposes
		}
		errs := slices.Compact(refusals(k, v)) // once under each answer the rule names
		if c.refused == "" && len(errs) > 0 || c.refused != "" && !slices.Equal(errs, []string{c.refused}) {
			t.Errorf("%s: refusals %v, want %q", c.name, errs, c.refused)
		}
	}
	v := clone(base)
	v["personal_data.role"] = "processor"
	for _, critical := range []bool{false, true} {
		v["safety.critical"] = critical
		if got := slices.Contains(brokenRules(k, v), "medical-device-risk"); got != critical {
			t.Errorf("health data, safety critical %v: medical device warning %v", critical, got)
		}
	}
	v["personal_data.special"] = false
	delete(v, "personal_data.special_categories")
	if slices.Contains(brokenRules(k, v), "medical-device-risk") {
		t.Error("the medical device warning without sensitive data")
	}
}

// A public body that sells access without VAT is warned that article
// 256 B of the General Tax Code rarely covers a service sold to
// businesses; another provider that gives another exemption is not.
func TestAPITOSPublicBodyExemptFromVAT(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, kind := range []string{"public-body", "organisation"} {
		v := exampleValues(t, k)
		v["provider.type"], v["provider.name"] = kind, providerNames[kind]
		delete(v, "provider.vat_number")
		v["pricing.model"], v["pricing.vat"] = "paid", "exempt"
		v["pricing.vat_basis"] = questionnaire.Translated{textfmt.EN: "VAT not applicable, article 256 B of the French General Tax Code", textfmt.FR: "TVA non applicable, article 256 B du Code général des impôts"}
		if got := slices.Contains(brokenRules(k, v), "public-body-exempt-vat"); got != (kind == "public-body") {
			t.Errorf("%s: warning on article 256 B %v", kind, got)
		}
	}
}

// Towards consumers, the conformity guarantee is stated as owed when
// access is paid for with money or personal data, as applied voluntarily
// when the provider chooses so, and as not applying otherwise, the
// withdrawal right then being granted voluntarily; where it applies and
// safety may depend on the data, the safety limit is accepted by a
// separate box and is not a lack of conformity.
func TestAPITOSConsumerGuaranteeChoice(t *testing.T) {
	k, _ := Lookup("api-tos")
	base := exampleValues(t, k)
	base["audience"] = "business-and-consumers"
	seen := map[string]bool{}
	for _, price := range []string{"free", "paid"} {
		for _, role := range []any{nil, "processor", "controller"} {
			for _, voluntary := range []bool{false, true} {
				for _, safety := range []bool{false, true} {
					v := clone(base)
					v["pricing.model"], v["consumer.voluntary_guarantee"], v["safety.critical"] = price, voluntary, safety
					v["personal_data.processed"], v["personal_data.role"] = role != nil, role
					if role == nil {
						v["personal_data.role"] = "processor"
					}
					if price == "free" && v["liability.cap"] == "fees" {
						v["liability.cap"] = "amount"
					}
					settleVAT(v)
					if errs := refusals(k, v); len(errs) > 0 {
						t.Fatalf("%s: the answers are refused: %v", describe(k, v), errs)
					}
					for _, l := range textfmt.All {
						doc, err := k.Assemble(v, l, Final)
						if err != nil {
							t.Fatal(err)
						}
						what := string(l) + " " + describe(k, v)
						checkAPITOSClasses(t, k, doc, v, what)
						checkClean(t, string(markdown.Render(doc)), what)
						for name, p := range map[string]struct {
							phrase apiTOSPhrase
							id     string
						}{
							"none":      {phraseNoGuarantee, "consumer-guarantee"},
							"voluntary": {phraseGuaranteeVoluntary, "consumer-guarantee"},
							"box":       {phraseSafetySeparateBox, "scope-acceptance"},
							"owed":      {phraseGuaranteeBox, "consumer-guarantee"},
						} {
							if p.phrase.in(doc, p.id) {
								seen[name] = true
							}
						}
					}
				}
			}
		}
	}
	for _, name := range []string{"none", "voluntary", "box", "owed"} {
		if !seen[name] {
			t.Errorf("no combination produced the %s branch", name)
		}
	}
}

// The terms of a cooperative say that membership neither grants nor
// conditions access, whatever the legal form's spelling; other providers'
// terms say nothing of members. French amounts in the statutory notice
// keep their figures together.
func TestAPITOSCooperativeMembership(t *testing.T) {
	k, _ := Lookup("api-tos")
	member := apiTOSPhrase{
		textfmt.EN: "Being a member of the Provider, a cooperative, neither grants access to the API nor is required for it",
		textfmt.FR: "La qualité d'associé du Fournisseur, société coopérative, ne confère aucun droit d'accès à l'API et n'en est pas une condition",
	}
	coopDevolution := apiTOSPhrase{
		textfmt.EN: "such as, for a cooperative, article 19 of law no. 47-1775 of 10 September 1947 on the status of cooperation",
		textfmt.FR: "tels, pour une coopérative, l'article 19 de la loi n° 47-1775 du 10 septembre 1947 portant statut de la coopération",
	}
	for _, c := range []struct {
		kind, form string
		want       bool
	}{
		{"company", "société coopérative d'intérêt collectif par actions simplifiée", true},
		{"company", "SCOP SARL", true},
		{"organisation", "Co-operative society", true},
		{"company", "société par actions simplifiée", false},
		{"company", "société anonyme", false},
	} {
		vals := exampleValues(t, k)
		vals["provider.type"], vals["provider.legal_form"] = c.kind, c.form
		vals["audience"], vals["pricing.model"] = "business-and-consumers", "free"
		vals["consumer.voluntary_guarantee"] = true
		for _, l := range textfmt.All {
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			if got := member.in(doc, "scope-users"); got != c.want {
				t.Errorf("%s %s %q: membership sentence %v, want %v", l, c.kind, c.form, got, c.want)
			}
			// A dissolved cooperative's net assets devolve to another
			// cooperative or a body of general interest (loi 47-1775,
			// art. 19): the API passes with them, as an association's does.
			dissolves := c.want || c.kind == "organisation"
			if got := phraseDissolution.in(doc, "term-continuity"); got != dissolves {
				t.Errorf("%s %s %q: dissolution clause %v, want %v", l, c.kind, c.form, got, dissolves)
			}
			if got := coopDevolution.in(doc, "term-continuity"); got != c.want {
				t.Errorf("%s %s %q: devolution of a cooperative's assets %v, want %v", l, c.kind, c.form, got, c.want)
			}
			g, _ := doc.Clause("consumer-guarantee")
			if l == textfmt.FR && strings.Contains(g.Body, "L.\u00a0242-18-1") && !strings.Contains(g.Body, "300\u202f000\u00a0euros") {
				t.Errorf("the statutory notice breaks the figure 300 000 euros: %q", g.Body)
			}
		}
	}
}

// The examples of safety decisions the Data are not designed for follow
// the provider's answer when it gives one, and the general list otherwise.
func TestAPITOSSafetyUses(t *testing.T) {
	k, _ := Lookup("api-tos")
	uses := questionnaire.Translated{
		textfmt.EN: "decisions on the health of people sensitive to air pollution",
		textfmt.FR: "les décisions relatives à la santé des personnes sensibles à la pollution de l'air",
	}
	generic := map[textfmt.Lang]string{textfmt.EN: "in transport and traffic, alerting or civil protection", textfmt.FR: "en matière de transport et de circulation, d’alerte ou de protection civile"}
	for _, given := range []bool{false, true} {
		vals := exampleValues(t, k)
		vals["safety.critical"] = true
		delete(vals, "safety.uses")
		if given {
			vals["safety.uses"] = uses
		}
		for _, l := range textfmt.All {
			doc, err := k.Assemble(vals, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			c, _ := doc.Clause("liability-safety")
			body := mdtext.Plain(c.Body)
			if strings.Contains(body, textfmt.Typeset(l, uses[l])) != given || strings.Contains(body, generic[l]) == given {
				t.Errorf("%s, examples given %v: %q", l, given, body)
			}
		}
	}
}

// What a data licence covers decides whether the contents of the database
// need a licence of their own: the ODbL covers the database alone, Creative
// Commons licences the contents too, and only an unknown licence leaves
// both cases open.
func TestAPITOSDataLicenceContents(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, c := range []struct{ title, url, want string }{
		{"Open Database License (ODbL) 1.0", "https://opendatacommons.org/licenses/odbl/1-0/", "database"},
		{"CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/legalcode", "contents"},
		{"Licence Ouverte 2.0", "https://www.etalab.gouv.fr/licence-ouverte-open-licence/", "contents"},
		{"Licence de la Métropole", "https://data.example/licence", ""},
	} {
		if got := licenceScope(c.title, c.url); got != c.want {
			t.Errorf("%s: scope %q, want %q", c.title, got, c.want)
		}
		v := exampleValues(t, k)
		v["conditions.data"], v["data.licence.title"], v["data.licence.url"] = "open-data-licence", c.title, c.url
		for _, l := range textfmt.All {
			doc, err := k.Assemble(v, l, Final)
			if err != nil {
				t.Fatal(err)
			}
			if phraseContentsLicence.in(doc, "data-open-data-licence") != (c.want == "database") ||
				phraseContentsSameTerms.in(doc, "data-open-data-licence") != (c.want == "") {
				t.Errorf("%s %s: contents licence %v, conditional branch %v", l, c.title,
					phraseContentsLicence.in(doc, "data-open-data-licence"), phraseContentsSameTerms.in(doc, "data-open-data-licence"))
			}
		}
	}
}

// A public body, a regulated profession and published reviews, crossed
// with every role for personal data, both prices, public accounting and
// each licence of the specification, in both languages and in review
// mode: the public body rests its own processing on its task in the
// public interest and never cuts off a User for a contested revenue
// order; each role describes its own data; reviews of the Provider's own
// services are never refused or ranked by their rating; and the review
// notes say why.
func TestAPITOSPublicBodyProfessionAndReviews(t *testing.T) {
	k, _ := Lookup("api-tos")
	notes := map[string]apiTOSPhrase{
		"contested":    {textfmt.EN: "art. L. 1617-5, 1°", textfmt.FR: "art. L. 1617-5, 1°"},
		"publicTask":   {textfmt.EN: "(e), and last subparagraph", textfmt.FR: "e), et dernier alinéa"},
		"openLicence":  {textfmt.EN: "the Licence Ouverte / Open Licence version 2.0 should be chosen before publication", textfmt.FR: "la Licence Ouverte / Open Licence version 2.0 s'impose avant publication"},
		"ownReviews":   {textfmt.EN: "forbids it to refuse, remove or rank a review by its rating", textfmt.FR: "lui interdit de refuser, retirer ou classer un avis selon sa note"},
		"secrecyNotes": {textfmt.EN: "art. 226-13 (breach of professional secrecy)", textfmt.FR: "art. 226-13 (violation du secret professionnel)"},
	}
	ownReviews := apiTOSPhrase{
		textfmt.EN: "the Provider shall never refuse, remove or rank a review because of its rating or its unfavourable tenor",
		textfmt.FR: "le Fournisseur ne refuse, ne retire ni ne classe jamais un avis en raison de sa note ou de son caractère défavorable",
	}
	controllerData := apiTOSPhrase{
		textfmt.EN: "For those purposes it processes only the following data: the IP addresses and the approximate location of End Users (data subjects: End Users of the Applications).",
		textfmt.FR: "Il ne traite à ces fins que les données suivantes : les adresses IP et la localisation approximative des Utilisateurs finaux (personnes concernées : Utilisateurs finaux des Applications).",
	}
	module1Data := apiTOSPhrase{
		textfmt.EN: "and, for module 1, the IP addresses",
		textfmt.FR: "et, pour le module 1, les adresses IP",
	}
	contributionsOutside := apiTOSPhrase{
		textfmt.EN: "are outside this annex, whatever the description above: the Provider processes them as controller",
		textfmt.FR: "échappent à la présente annexe, quelle que soit la description qui précède : le Fournisseur les traite en qualité de responsable du traitement",
	}
	estimates := apiTOSPhrase{
		textfmt.EN: "they are not advice suited to the particular situation of the person concerned",
		textfmt.FR: "ils ne constituent pas un conseil adapté à la situation particulière de la personne concernée",
	}
	// End Users who read an estimate must see it as one (article L. 121-2
	// of the Consumer Code), and data kept for the Provider's own purposes,
	// such as a training set, follow the retention period of requests.
	// An estimate may combine the User's data with the Provider's Data;
	// it may then be kept and handed to the person it concerns, even
	// under a commercial licence of the Data.
	// With both roles, the Provider reuses only the data named for its
	// own purposes, not every datum of the requests.
	ownNamed := apiTOSPhrase{
		textfmt.EN: "some of the Personal Data contained in requests",
		textfmt.FR: "certaines des Données personnelles contenues dans les requêtes",
	}
	// Annex I.B names the persons concerned of each module when the
	// Provider names those of its own purposes apart.
	subjectsSplit := apiTOSPhrase{textfmt.EN: "persons concerned: for module 4, ", textfmt.FR: "personnes concernées : pour le module 4, "}
	estimatesMade := apiTOSPhrase{
		textfmt.EN: "made from those data and, where the Documentation so states, from the Provider's Data, under the rules the Documentation describes",
		textfmt.FR: "établies à partir de ces données et, lorsque la Documentation le prévoit, des Données du Fournisseur, selon les règles que décrit la Documentation",
	}
	estimatesKept := apiTOSPhrase{
		textfmt.EN: "Nor is keeping the result of a request, even beyond those limits and without limit in time, or giving it to the person it concerns",
		textfmt.FR: "Il en va de même de la conservation du résultat d'une requête, même au-delà de ces limites et sans limite de durée, et de sa remise à la personne qu'il concerne",
	}
	estimatesFlowDown := apiTOSPhrase{
		textfmt.EN: "It shall present to its End Users the results that the API computes from the data the User sends as estimates",
		textfmt.FR: "Il présente à ses Utilisateurs finaux les résultats que l'API calcule à partir des données que transmet l'Utilisateur comme des estimations",
	}
	ownRetention := apiTOSPhrase{
		textfmt.EN: "That period also applies to the data it processes for its own purposes",
		textfmt.FR: "Ce délai s'applique aussi aux données qu'il traite pour ses propres finalités",
	}
	// Ending a public service is decided, with reasons, by the authority
	// competent for it, not at will.
	competentAuthority := apiTOSPhrase{
		textfmt.EN: "by decision of the authority competent to take it, whose reasons it states",
		textfmt.FR: "sur décision de l'autorité compétente pour en décider, dont il indique les motifs",
	}
	module4 := apiTOSPhrase{textfmt.EN: "module 4", textfmt.FR: "module 4"}
	withoutReason := apiTOSPhrase{textfmt.EN: "without having to state a reason", textfmt.FR: "sans avoir à en indiquer le motif"}
	n := 0
	for _, kind := range []string{"public-body", "individual"} {
		for _, role := range []string{"processor", "controller", "both"} {
			for _, price := range []string{"free", "paid"} {
				for i, spec := range []string{"cc0", "cc-by-4.0", "cc-by-sa", "licence-ouverte"} {
					v := exampleValues(t, k)
					v["provider.type"], v["provider.name"] = kind, providerNames[kind]
					v["personal_data.processed"], v["personal_data.role"] = true, role
					v["personal_data.categories"] = questionnaire.Translated{textfmt.EN: "IP addresses of End Users", textfmt.FR: "adresses IP des Utilisateurs finaux"}
					delete(v, "personal_data.returned")
					v["pricing.model"], v["conditions.specification"] = price, spec
					v["audience"] = "business-and-consumers"
					v["contributions.published"], v["contributions.reviews"] = true, true
					v["contributions.reviews_own"] = i%2 == 0
					v["provider.public_accounting"] = i/2 == 0
					v["liability.estimates"] = i%2 == 1
					// Responses that return only published contributions
					// transfer no data processed on users' behalf.
					ownOnly := role == "both" && i == 3
					v["personal_data.returned_own_only"] = ownOnly
					if kind == "individual" {
						v["provider.name"] = "Jeanne Martin EI"
						v["provider.regulated"] = true
						v["provider.profession.secrecy"] = i%2 == 1
						if i%2 == 1 {
							v["conditions.data"] = "commercial"
						}
					}
					if kind == "public-body" {
						v["prevailing_language"] = "fr"
					}
					specID := map[string]string{"cc-by-4.0": "spec-cc-by"}[spec]
					if specID == "" {
						specID = "spec-" + spec
					}
					what := fmt.Sprintf("%s %s %s %s, own reviews %v, accounting %v", kind, role, price, spec, v["contributions.reviews_own"], v["provider.public_accounting"])
					public := kind == "public-body"
					accounting := public && price == "paid" && v["provider.public_accounting"] == true
					secrecy := kind == "individual" && v["provider.profession.secrecy"] == true
					for _, l := range textfmt.All {
						doc, err := k.AssembleAnnotated(v, l, Final)
						if err != nil {
							t.Fatalf("%s %s: %v", l, what, err)
						}
						note := func(id string) string {
							c, ok := doc.Clause(id)
							if !ok || c.Note == nil {
								return ""
							}
							return strings.Join([]string{c.Note.Why, c.Note.Sources, c.Note.Risks}, " ")
						}
						has := func(id string, p apiTOSPhrase) bool {
							return strings.Contains(note(id), textfmt.Typeset(l, p[l]))
						}
						for _, c := range []struct {
							name, id string
							got      bool
							want     bool
						}{
							{"contested revenue order", "term-breach", has("term-breach", notes["contested"]), accounting},
							{"public task", "data-personal", has("data-personal", notes["publicTask"]), public},
							{"specification licence", specID, has(specID, notes["openLicence"]), public && spec != "licence-ouverte"},
							{"reviews of the Provider", "data-reviews", has("data-reviews", notes["ownReviews"]), v["contributions.reviews_own"] == true},
							{"professional secrecy", "data-provider-use", has("data-provider-use", notes["secrecyNotes"]), secrecy},
							{"own reviews undertaking", "data-reviews", ownReviews.in(doc, "data-reviews"), v["contributions.reviews_own"] == true},
							{"controller data", "data-personal", controllerData.in(doc, "data-personal"), role == "both"},
							{"module 1 data", "data-transfers", module1Data.in(doc, "data-transfers"), role == "both" && !ownOnly},
							{"module 4 without data processed for Users", "data-transfers", module4.in(doc, "data-transfers"), role != "controller" && !ownOnly},
							{"contributions outside Annex B", "dpa-scope", contributionsOutside.in(doc, "dpa-scope"), role != "controller"},
							{"estimates", "warranty-disclaimer", estimates.in(doc, "warranty-disclaimer"), v["liability.estimates"] == true},
							{"estimates passed on to End Users", "user-end-users", estimatesFlowDown.in(doc, "user-end-users"), v["liability.estimates"] == true},
							{"persons concerned of each module", "data-transfers", subjectsSplit.in(doc, "data-transfers"), role == "both" && !ownOnly},
							{"own-purpose data named apart", "access-price", ownNamed.in(doc, "access-price"), role == "both" && price == "free"},
							{"own-purpose data named apart in the summary", "summary", ownNamed.in(doc, "summary"), role == "both" && price == "free"},
							{"estimates made with the Provider's Data", "warranty-disclaimer", estimatesMade.in(doc, "warranty-disclaimer"), v["liability.estimates"] == true},
							{"estimates kept and handed on", "data-commercial", estimatesKept.in(doc, "data-commercial"), v["liability.estimates"] == true && v["conditions.data"] == "commercial"},
							{"retention of own-purpose data", "data-personal", ownRetention.in(doc, "data-personal"), role != "processor"},
							{"closure by the competent authority", "term-provider", competentAuthority.in(doc, "term-provider"), public},
							{"closure without a reason", "term-provider", withoutReason.in(doc, "term-provider"), !public},
						} {
							if c.got != c.want {
								t.Errorf("%s %s: %s in %s: %v, want %v", l, what, c.name, c.id, c.got, c.want)
							}
						}
					}
					n++
				}
			}
		}
	}
	if n != 48 {
		t.Fatalf("%d combinations, want 48", n)
	}
}

// serialCommaInReference is a list of article numbers with a comma before
// its last one.
var serialCommaInReference = regexp.MustCompile(`(?:Articles|Paragraphs|articles|paragraphs)\x{a0}[0-9A-Z.]+(?:, [0-9A-Z.]+)+, and `)

// An open licence gives no legal basis to reuse the personal data that
// a public body returns as its own Data (GDPR, art. 6; CRPA, art.
// L. 322-2): whoever fills in the answers is warned; a commercial
// licence, or data returned only on Users' behalf, raises no warning. A
// commercial licence over published contributions, licensed free of
// charge, is flagged for review.
func TestAPITOSOpenLicencePersonalDataWarning(t *testing.T) {
	k, _ := Lookup("api-tos")
	for _, data := range []string{"open-reuse", "open-data-licence", "commercial"} {
		for _, returns := range []bool{true, false} {
			v := exampleValues(t, k)
			v["conditions.data"] = data
			v["personal_data.returns"] = returns
			for _, public := range []bool{true, false} {
				v["provider.type"], v["personal_data.role"] = "company", "processor"
				if public {
					v["provider.type"], v["personal_data.role"] = "public-body", "controller"
				}
				want := public && returns && data != "commercial"
				if got := slices.Contains(brokenRules(k, v), "open-licence-personal-data"); got != want {
					t.Errorf("data %s, personal data of a public body returned %v: warning %v, want %v", data, returns && public, got, want)
				}
			}
			for _, published := range []bool{true, false} {
				v["contributions.published"] = published
				want := published && data == "commercial"
				if got := slices.Contains(brokenRules(k, v), "contributions-commercial-data"); got != want {
					t.Errorf("data %s, contributions published %v: warning %v, want %v", data, published, got, want)
				}
			}
		}
	}
}

// The help of the question on estimates tells forecasts apart from
// operative computations, such as an allocation key or a price, and
// says what the terms then provide.
func TestAPITOSEstimatesHelp(t *testing.T) {
	k, _ := Lookup("api-tos")
	q, ok := k.Questionnaire.Question("liability.estimates")
	if !ok {
		t.Fatal("no question on estimates")
	}
	for l, want := range map[textfmt.Lang][]string{
		textfmt.EN: {"estimate or forecast", "Answer no if the results are operative computations", "allocation key", "a price", "the terms say that those results are estimates"},
		textfmt.FR: {"estimer ou prévoir", "Répondez non si les résultats sont des calculs opérants", "clé de répartition", "un prix", "les conditions indiquent que ces résultats sont des estimations"},
	} {
		for _, w := range want {
			if !strings.Contains(q.Help[l], w) {
				t.Errorf("%s: the help on estimates lacks %q", l, w)
			}
		}
	}
}

// The check note of the acceptance steps lists the separate box by which
// a professional User in Italy approves the choice of court (articles
// 1341 and 1342 of the Italian Civil Code), and only for a provider
// established there.
func TestAPITOSAcceptanceCheckListsItalianBox(t *testing.T) {
	k, _ := Lookup("api-tos")
	box := apiTOSPhrase{
		textfmt.EN: "a separate unticked box by which they specifically approve the jurisdiction clause of",
		textfmt.FR: "une case distincte, non cochée, par laquelle ils approuvent spécialement la clause attributive de juridiction de l'",
	}
	for _, italian := range []bool{true, false} {
		v := exampleValues(t, k)
		if italian {
			v["provider.country"], v["provider.address"] = "IT", "Via Nizza 150, 10126 Torino, Italia"
			v["provider.registration"], v["provider.vat_number"] = "Registro delle Imprese di Torino, REA TO-1234567", "IT12345678901"
			v["jurisdiction"] = "Torino"
		}
		for _, l := range textfmt.All {
			doc, err := k.AssembleAnnotated(v, l, Final)
			if err != nil {
				t.Fatalf("%s, Italian provider %v: %v", l, italian, err)
			}
			c, ok := doc.Clause("scope-acceptance")
			if !ok || c.Note == nil {
				t.Fatalf("%s: no commentary on the acceptance steps", l)
			}
			if got := strings.Contains(c.Note.Check, textfmt.Typeset(l, box[l])); got != italian {
				t.Errorf("%s, Italian provider %v: the check lists the Italian box %v", l, italian, got)
			}
			if italian && !phraseSpecificApprovalBox.in(doc, "scope-acceptance") {
				t.Errorf("%s: the Italian box missing from the acceptance steps", l)
			}
		}
	}
}

// The city of the courts is named in each document's language when the
// answers give it so, and an Italian provider's certified e-mail (PEC)
// is printed in its identity; neither appears otherwise.
func TestAPITOSCourtNamedPerLanguageAndPEC(t *testing.T) {
	k, _ := Lookup("api-tos")
	names := map[textfmt.Lang]string{textfmt.EN: "Bologna (Italy)", textfmt.FR: "Bologne (Italie)"}
	pec := map[textfmt.Lang]string{textfmt.EN: "Certified e-mail (PEC):", textfmt.FR: "Courrier électronique certifié (PEC)"}
	for _, italian := range []bool{true, false} {
		v := exampleValues(t, k)
		if italian {
			v["provider.country"], v["provider.address"] = "IT", "Via Nizza 150, 10126 Torino, Italia"
			v["provider.registration"], v["provider.vat_number"] = "Registro delle Imprese di Torino, REA TO-1234567", "IT12345678901"
			v["provider.pec"] = "acme@pec.example.it"
			v["jurisdiction"] = "Bologna"
			v["jurisdiction_name"] = questionnaire.Translated{textfmt.EN: names[textfmt.EN], textfmt.FR: names[textfmt.FR]}
		}
		for _, l := range textfmt.All {
			doc, err := k.Assemble(v, l, Final)
			if err != nil {
				t.Fatalf("%s, Italian provider %v: %v", l, italian, err)
			}
			parties, _ := doc.Clause("parties")
			jurisdiction, _ := doc.Clause("jurisdiction")
			for _, c := range []document.Clause{parties, jurisdiction} {
				if got := strings.Contains(c.Body, names[l]); got != italian {
					t.Errorf("%s %s, Italian provider %v: the city named in the document's language %v", l, c.ID, italian, got)
				}
			}
			other := names[textfmt.FR]
			if l == textfmt.FR {
				other = names[textfmt.EN]
			}
			if strings.Contains(parties.Body+jurisdiction.Body, other) {
				t.Errorf("%s: the city named in the other language", l)
			}
			if got := strings.Contains(parties.Body, textfmt.Typeset(l, pec[l])) && strings.Contains(parties.Body, "acme@pec.example.it"); got != italian {
				t.Errorf("%s, Italian provider %v: PEC in the identity %v", l, italian, got)
			}
		}
	}
}
