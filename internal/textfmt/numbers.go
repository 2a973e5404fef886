package textfmt

import (
	"strconv"
	"strings"
)

// Non-breaking spaces. French typography puts a narrow one before ; ! ? and
// inside guillemets, and a full one before a colon and between a number and
// its unit.
const (
	NBSP       = "\u00a0"
	NarrowNBSP = "\u202f"
)

var enUnits = []string{"zero", "one", "two", "three", "four", "five", "six",
	"seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
	"fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var enTens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty",
	"seventy", "eighty", "ninety"}

var frUnits = []string{"zéro", "un", "deux", "trois", "quatre", "cinq", "six",
	"sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze",
	"quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"}
var frTens = []string{"", "", "vingt", "trente", "quarante", "cinquante",
	"soixante"}

// wordsLimit bounds the numbers Words spells out: every period, count and
// amount the questionnaires allow is below it.
const wordsLimit = 1_000_000_000

// Words spells out a number from 0 to 999 999 999 in full, as contracts do
// before a figure in brackets: "seven hundred and thirty" in (British)
// English, "sept cent trente" in French. Other numbers are returned as
// figures.
func Words(l Lang, n int) string {
	if n < 0 || n >= wordsLimit {
		return Number(l, n)
	}
	if l == FR {
		return frWords(n, true)
	}
	return enWords(n)
}

// enWords follows British usage: "and" before the tens and units of each
// group ("one hundred and twenty", "two thousand and five").
func enWords(n int) string {
	switch {
	case n < 20:
		return enUnits[n]
	case n < 100:
		if n%10 == 0 {
			return enTens[n/10]
		}
		return enTens[n/10] + "-" + enUnits[n%10]
	case n < 1000:
		return enGroup(enUnits[n/100]+" hundred", n%100)
	case n < 1_000_000:
		return enGroup(enWords(n/1000)+" thousand", n%1000)
	}
	return enGroup(enWords(n/1_000_000)+" million", n%1_000_000)
}

func enGroup(head string, rest int) string {
	switch {
	case rest == 0:
		return head
	case rest < 100:
		return head + " and " + enWords(rest)
	}
	return head + " " + enWords(rest)
}

// frWords follows the traditional spelling: "vingt et un", "soixante et
// onze", "quatre-vingts", "quatre-vingt-un", "deux cents", "deux cent
// un", "mille", "quatre-vingt mille", "deux millions". final is false
// when "mille" follows, before which "vingt" and "cent" take no plural s.
func frWords(n int, final bool) string {
	switch {
	case n < 100:
		w := frSmall(n)
		if !final && n == 80 {
			w = "quatre-vingt"
		}
		return w
	case n < 1000:
		head := "cent"
		if n/100 > 1 {
			head = frUnits[n/100] + " cent"
		}
		if n%100 == 0 {
			if final && n/100 > 1 {
				head += "s"
			}
			return head
		}
		return head + " " + frWords(n%100, final)
	case n < 1_000_000:
		head := "mille"
		if n/1000 > 1 {
			head = frWords(n/1000, false) + " mille"
		}
		return frGroup(head, n%1000, final)
	}
	// "Million" is a noun: "deux millions", "quatre-vingts millions".
	head := "un million"
	if n/1_000_000 > 1 {
		head = frWords(n/1_000_000, true) + " millions"
	}
	return frGroup(head, n%1_000_000, final)
}

func frGroup(head string, rest int, final bool) string {
	if rest == 0 {
		return head
	}
	return head + " " + frWords(rest, final)
}

// frSmall spells out 0 to 99.
func frSmall(n int) string {
	switch {
	case n < 20:
		return frUnits[n]
	case n < 70:
		tens, unit := frTens[n/10], n%10
		switch unit {
		case 0:
			return tens
		case 1:
			return tens + " et un"
		default:
			return tens + "-" + frUnits[unit]
		}
	case n < 80:
		if n == 71 {
			return "soixante et onze"
		}
		return "soixante-" + frUnits[n-60]
	case n == 80:
		return "quatre-vingts"
	default:
		return "quatre-vingt-" + frUnits[n-80]
	}
}

// Number writes an integer with the language's thousands separator:
// 12,000 in English, 12 000 (narrow no-break space) in French.
func Number(l Lang, n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	sep := ","
	if l == FR {
		sep = NarrowNBSP
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Months writes a duration in months the way contracts do: "three (3)
// months", "un (1) mois". The no-break space keeps figure and unit together.
func Months(l Lang, n int) string {
	return counted(l, n, "month", "months", "mois", "mois")
}

// Days writes a duration in days: "thirty (30) days", "trente (30) jours".
func Days(l Lang, n int) string {
	return counted(l, n, "day", "days", "jour", "jours")
}

// Years writes a duration in years: "one (1) year", "un (1) an".
func Years(l Lang, n int) string {
	return counted(l, n, "year", "years", "an", "ans")
}

func counted(l Lang, n int, enOne, enMany, frOne, frMany string) string {
	if l == FR {
		return Count(l, n, frOne, frMany)
	}
	return Count(l, n, enOne, enMany)
}

// Count writes a number of things the way contracts do, with the noun in
// the language's singular or plural: "seven (7) members", "un (1)
// membre". French takes the singular for zero and one, English for one.
func Count(l Lang, n int, one, many string) string {
	return count(l, n, one, many, false)
}

// CountFeminine is Count for a feminine French noun: "une (1)
// contribution", "vingt et une (21) voix". English has no gender.
func CountFeminine(l Lang, n int, one, many string) string {
	return count(l, n, one, many, l == FR)
}

func count(l Lang, n int, one, many string, feminine bool) string {
	unit := many
	if n == 1 || (l == FR && n == 0) {
		unit = one
	}
	figure := Number(l, n)
	if n < 0 || n >= wordsLimit {
		return figure + NBSP + unit
	}
	// No-break spaces keep "douze (12) mois" on one line: a period split
	// between its word and its figure reads badly in a clause.
	words := Words(l, n)
	if feminine && strings.HasSuffix(words, "un") {
		words += "e"
	}
	return words + NBSP + "(" + figure + ")" + NBSP + unit
}
