package textfmt

import (
	"slices"
	"strings"
)

// Country is a state whose law may govern a document, with the way each
// language names it and names its law.
type Country struct {
	Code           string // ISO 3166-1 alpha-2
	NameEN, NameFR string
	LawEN, LawFR   string
}

// countries lists the states offered as governing law. Federal states whose
// contract law is set state by state (United States, Canada, Australia) are
// left out on purpose: naming "the law of Canada" would be a drafting error.
var countries = []Country{
	{"AT", "Austria", "Autriche", "Austrian law", "droit autrichien"},
	{"BE", "Belgium", "Belgique", "Belgian law", "droit belge"},
	{"BG", "Bulgaria", "Bulgarie", "Bulgarian law", "droit bulgare"},
	{"BR", "Brazil", "Brésil", "Brazilian law", "droit brésilien"},
	{"CH", "Switzerland", "Suisse", "Swiss law", "droit suisse"},
	{"CI", "Côte d’Ivoire", "Côte d’Ivoire", "Ivorian law", "droit ivoirien"},
	{"CM", "Cameroon", "Cameroun", "Cameroonian law", "droit camerounais"},
	{"CY", "Cyprus", "Chypre", "Cypriot law", "droit chypriote"},
	{"CZ", "Czechia", "Tchéquie", "Czech law", "droit tchèque"},
	{"DE", "Germany", "Allemagne", "German law", "droit allemand"},
	{"DK", "Denmark", "Danemark", "Danish law", "droit danois"},
	{"EE", "Estonia", "Estonie", "Estonian law", "droit estonien"},
	{"ES", "Spain", "Espagne", "Spanish law", "droit espagnol"},
	{"FI", "Finland", "Finlande", "Finnish law", "droit finlandais"},
	{"FR", "France", "France", "French law", "droit français"},
	{"GB", "United Kingdom (England and Wales)", "Royaume-Uni (Angleterre et pays de Galles)",
		"the law of England and Wales", "droit anglais (Angleterre et pays de Galles)"},
	{"GR", "Greece", "Grèce", "Greek law", "droit grec"},
	{"HR", "Croatia", "Croatie", "Croatian law", "droit croate"},
	{"HU", "Hungary", "Hongrie", "Hungarian law", "droit hongrois"},
	{"IE", "Ireland", "Irlande", "Irish law", "droit irlandais"},
	{"IN", "India", "Inde", "Indian law", "droit indien"},
	{"IS", "Iceland", "Islande", "Icelandic law", "droit islandais"},
	{"IT", "Italy", "Italie", "Italian law", "droit italien"},
	{"JP", "Japan", "Japon", "Japanese law", "droit japonais"},
	{"LI", "Liechtenstein", "Liechtenstein", "the law of Liechtenstein", "droit liechtensteinois"},
	{"LT", "Lithuania", "Lituanie", "Lithuanian law", "droit lituanien"},
	{"LU", "Luxembourg", "Luxembourg", "Luxembourg law", "droit luxembourgeois"},
	{"LV", "Latvia", "Lettonie", "Latvian law", "droit letton"},
	{"MA", "Morocco", "Maroc", "Moroccan law", "droit marocain"},
	{"MC", "Monaco", "Monaco", "Monegasque law", "droit monégasque"},
	{"MT", "Malta", "Malte", "Maltese law", "droit maltais"},
	{"NL", "Netherlands", "Pays-Bas", "Dutch law", "droit néerlandais"},
	{"NO", "Norway", "Norvège", "Norwegian law", "droit norvégien"},
	{"NZ", "New Zealand", "Nouvelle-Zélande", "New Zealand law", "droit néo-zélandais"},
	{"PL", "Poland", "Pologne", "Polish law", "droit polonais"},
	{"PT", "Portugal", "Portugal", "Portuguese law", "droit portugais"},
	{"RO", "Romania", "Roumanie", "Romanian law", "droit roumain"},
	{"SE", "Sweden", "Suède", "Swedish law", "droit suédois"},
	{"SG", "Singapore", "Singapour", "Singapore law", "droit singapourien"},
	{"SI", "Slovenia", "Slovénie", "Slovenian law", "droit slovène"},
	{"SK", "Slovakia", "Slovaquie", "Slovak law", "droit slovaque"},
	{"SN", "Senegal", "Sénégal", "Senegalese law", "droit sénégalais"},
	{"TN", "Tunisia", "Tunisie", "Tunisian law", "droit tunisien"},
}

// Countries returns every supported country, sorted by code.
func Countries() []Country { return slices.Clone(countries) }

// LookupCountry finds a country by its ISO code, in any case.
func LookupCountry(code string) (Country, bool) {
	code = strings.ToUpper(strings.TrimSpace(code))
	i, found := slices.BinarySearchFunc(countries, code, func(c Country, code string) int {
		return strings.Compare(c.Code, code)
	})
	if !found {
		return Country{}, false
	}
	return countries[i], true
}

// Name is the country's name in l.
func (c Country) Name(l Lang) string {
	if l == FR {
		return c.NameFR
	}
	return c.NameEN
}

// Law names the country's law as it reads inside a sentence in l:
// "French law", "droit français".
func (c Country) Law(l Lang) string {
	if l == FR {
		return c.LawFR
	}
	return c.LawEN
}
