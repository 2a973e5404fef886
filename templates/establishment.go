package templates

import (
	"fmt"
	"slices"
	"strings"
	"text/template"

	"apitos/internal/textfmt"
)

// Some rules follow where a provider is established, whatever law governs
// its documents: the VAT directive (2006/112/EC), the directive on consumer
// ADR (2013/11/EU) and the Brussels I bis Regulation (1215/2012) bind the
// Member States of the European Union; the supervisory authority of the
// standard contractual clauses is that of the State of establishment in
// the European Economic Area.

// euMembers are the Member States of the European Union, by ISO code.
var euMembers = []string{
	"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
	"IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
}

// inEU reports whether a country code (or a subdivision of it) is a
// Member State of the European Union.
func inEU(code string) bool {
	country, _, _ := strings.Cut(strings.ToUpper(code), "-")
	return slices.Contains(euMembers, country)
}

// inEEA reports whether a country code (or a subdivision of it) is a
// State of the European Economic Area, where the GDPR applies to a
// provider established there without a representative (article 27).
func inEEA(code string) bool {
	country, _, _ := strings.Cut(strings.ToUpper(code), "-")
	return inEU(country) || slices.Contains([]string{"IS", "LI", "NO"}, country)
}

// supervisoryAuthorities name the data protection authority of each State
// of the European Economic Area that has one for every private body, as it
// names itself (in Latin script). Germany has none: each Land has its own.
var supervisoryAuthorities = map[string]string{
	"AT": "Datenschutzbehörde",
	"BE": "Autorité de protection des données",
	"BG": "Commission for Personal Data Protection",
	"CY": "Commissioner for Personal Data Protection",
	"CZ": "Úřad pro ochranu osobních údajů",
	"DK": "Datatilsynet",
	"EE": "Andmekaitse Inspektsioon",
	"ES": "Agencia Española de Protección de Datos",
	"FI": "Tietosuojavaltuutetun toimisto",
	"FR": "Commission nationale de l'informatique et des libertés (CNIL)",
	"GR": "Hellenic Data Protection Authority",
	"HR": "Agencija za zaštitu osobnih podataka",
	"HU": "Nemzeti Adatvédelmi és Információszabadság Hatóság",
	"IE": "Data Protection Commission",
	"IS": "Persónuvernd",
	"IT": "Garante per la protezione dei dati personali",
	"LI": "Datenschutzstelle",
	"LT": "Valstybinė duomenų apsaugos inspekcija",
	"LU": "Commission nationale pour la protection des données",
	"LV": "Datu valsts inspekcija",
	"MT": "Information and Data Protection Commissioner",
	"NL": "Autoriteit Persoonsgegevens",
	"NO": "Datatilsynet",
	"PL": "Prezes Urzędu Ochrony Danych Osobowych",
	"PT": "Comissão Nacional de Proteção de Dados",
	"RO": "Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal",
	"SE": "Integritetsskyddsmyndigheten",
	"SI": "Informacijski pooblaščenec",
	"SK": "Úrad na ochranu osobných údajov Slovenskej republiky",
}

// authority names the supervisory authority of the State where a provider
// is established, followed by that State's name in the document's
// language ("Datatilsynet (Norvège)"); "" where the State has none for
// every private body, or lies outside the European Economic Area.
func authority(code string, l textfmt.Lang) string {
	name, ok := supervisoryAuthorities[strings.ToUpper(code)]
	if !ok {
		return ""
	}
	if code == "FR" {
		return textfmt.Typeset(l, name)
	}
	return textfmt.Typeset(l, name) + " (" + textfmt.CountryName(code, l) + ")"
}

// swissController reports whether the personal data of a commons or of a
// project are processed by a legal person established in Switzerland.
// The Swiss Federal Act on Data Protection (FADP, SR 235.1) then governs
// that processing first, and the GDPR reaches it only where its Article
// 3(2) does (goods or services offered to persons in the Union, or their
// behaviour monitored there), with a representative in the Union under
// its Article 27. The charter and the contribution policy ask it alike,
// so that they never name different laws for the same controller.
// entity is anything a template holds true when a legal person runs the
// commons or the project: a flag, or the name of that person.
func swissController(entity, establishment any) bool {
	truth, _ := template.IsTrue(entity)
	return truth && strings.EqualFold(fmt.Sprint(establishment), "CH")
}

// dataLaws names, after "within the meaning of" or « au sens », the law
// under which a controller processes personal data: the FADP first and
// the GDPR as far as its Article 3(2) reaches, for a controller in
// Switzerland; the GDPR alone otherwise.
func dataLaws(l textfmt.Lang, swiss bool) string {
	switch {
	case l == textfmt.FR && swiss:
		return textfmt.Typeset(l, "de la loi fédérale suisse du 25 septembre 2020 sur la protection des données (« LPD », RS 235.1), qui régit ces traitements, et du règlement (UE) 2016/679 (règlement général sur la protection des données, « RGPD »), qui s’y applique en outre dans la mesure prévue par son article 3, paragraphe 2")
	case l == textfmt.FR:
		return textfmt.Typeset(l, "du règlement (UE) 2016/679 (règlement général sur la protection des données, « RGPD »)")
	case swiss:
		return "the Swiss Federal Act on Data Protection of 25 September 2020 (“FADP”, SR 235.1), which governs that processing, and of Regulation (EU) 2016/679 (General Data Protection Regulation, “GDPR”), which also applies to it to the extent provided by its Article 3(2)"
	}
	return "Regulation (EU) 2016/679 (General Data Protection Regulation, “GDPR”)"
}
