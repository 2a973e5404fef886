package templates

import (
	"strings"

	"apitos/internal/textfmt"
)

// charterArtList names together the articles of the linked charter whose
// clause IDs are ids, skipping the IDs it does not have, the noun said
// once: "article 15.2", "articles 15.2, 17.5 et 18.1", "Articles 15.2,
// 17.5 and 18.1". It returns "" when the charter has none of them, so
// that a template writes "(…)" only around a known list.
func charterArtList(l textfmt.Lang) func(root map[string]any, ids ...string) string {
	return func(root map[string]any, ids ...string) string {
		var nums []string
		noun := ""
		for _, id := range ids {
			label, ok := charterLabel(root, id)
			if !ok || id == "" {
				continue
			}
			n, num, found := strings.Cut(label, textfmt.NBSP)
			if !found || (noun != "" && n != noun) {
				continue
			}
			noun = n
			nums = append(nums, num)
		}
		switch len(nums) {
		case 0:
			return ""
		case 1:
			return noun + textfmt.NBSP + nums[0]
		}
		and := " and "
		if l == textfmt.FR {
			and = " et "
		}
		return noun + "s" + textfmt.NBSP + strings.Join(nums[:len(nums)-1], ", ") + and + nums[len(nums)-1]
	}
}
