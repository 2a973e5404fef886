package templates

import (
	"slices"
	"strings"

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
