#pragma once
// The author names a page shows its readers in bylines: elements marked itemprop=author or
// rel=author, links to an author's page, and elements whose class or id names an author or
// a byline ("By Jane Doe", "Von Anna Muster"). Pure.

#include <string>
#include <string_view>

#include "common/input/web/html_tree.h"

namespace rostra {

/// The name `element` shows as an author, or empty when it shows none. An element is a byline
/// when its itemprop or rel is "author", when it is a link whose path has a segment naming
/// authors ("/author/jane-doe", "/autor/", "/auteur/", "/writers/", ...), or when a token of
/// its class, id or data-testid holds "author", "autor", "auteur" or "byline" (not a comment's, an
/// image's or a biography's), and is not a teaser of another article (inside a link, or of a class
/// naming a teaser, slider or related articles); its names are those of its descendants marked
/// itemprop=name, linking to an author's page or of a class naming an author, joined by ", ", when
/// there are any, else its own text up to a "|", "•" or "·". The text is cleaned
/// (clean_author_name) and must look like a name (looks_like_author_name); a byline with a date or
/// a biography in it gives nothing, and its author link, met later in the walk, gives the name.
/// Thread-safe.
std::string byline_name(const HtmlNode* element);

/// True when `element` is marked as a byline as byline_name reads them (itemprop or rel
/// "author", a link to an author's page, a class, id or data-testid naming an author or a
/// byline), whether or not it shows a name. Cheap: reads attributes only.
bool is_byline_element(const HtmlNode* element);

/// `name` without what surrounds names in bylines and author fields: a leading "By", "Von",
/// "Par", "Por", "Di", "Door", "Av", "Written by", "Author:", "Autor:", "Auteur:"; enclosing
/// quote marks; words that are @handles; whitespace collapsed.
std::string clean_author_name(std::string_view name);

/// True when `name` can be a byline's name: 1 to 10 words, at most 100 bytes, a letter, no
/// digit, no sentence punctuation ("?", "!", ":"), no URL, and not a picture's credit ("Photo
/// ...", "Bild ©", "Фото ...").
bool looks_like_author_name(std::string_view name);

/// True when `name` names the site rather than a person: it equals `publisher` or `site_name`
/// or the host of `url` (case, spaces and punctuation ignored: "ORF.at", "El Mostrador"), a
/// word of it is a domain name ("mdr.de", "Deutsche Welle (www.dw.com)") or the host's first
/// label of four letters or more ("Die FURCHE" on furche.at), it is a login name
/// ("edilson.la.rosa"), or it is an editorial desk's generic name ("Redaktion", "Redacción").
/// Such a name is no author: the outlet names the site already.
bool names_the_site(std::string_view name, std::string_view publisher, std::string_view site_name,
                    std::string_view url);

/// True for the placeholders some sites put where no author is known ("No Author", "Unknown",
/// "admin", "anónimo"): never an author.
bool is_placeholder_author(std::string_view name);

}  // namespace rostra
