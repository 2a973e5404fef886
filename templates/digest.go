package templates

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"path"
	"strings"
)

// Digest is the fingerprint of the kind's templates: "sha256:" and the
// SHA-256, in hexadecimal, of the listing that sha256sum prints for every
// file of the kind's folder (its questionnaire and its templates), sorted
// by name:
//
//	<sha256 of api-tos/en.md>  api-tos/en.md
//	<sha256 of api-tos/fr.md>  api-tos/fr.md
//	<sha256 of api-tos/questionnaire.yaml>  api-tos/questionnaire.yaml
//
// so that, from the templates folder of the sources,
// `sha256sum api-tos/* | sha256sum` gives the same digest.
func (k *Kind) Digest() string {
	k.digestOnce.Do(func() {
		var listing strings.Builder
		names, _ := fs.Glob(files, k.ID+"/*")
		// fs.Glob returns names in lexical order, as sha256sum's shell
		// glob does in the C locale.
		for _, name := range names {
			data, err := files.ReadFile(name)
			if err != nil {
				continue
			}
			fmt.Fprintf(&listing, "%x  %s\n", sha256.Sum256(data), path.Clean(name))
		}
		k.digest = fmt.Sprintf("sha256:%x", sha256.Sum256([]byte(listing.String())))
	})
	return k.digest
}
