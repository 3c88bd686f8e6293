package org.w3id.registre.publish;

import java.net.http.HttpResponse;

/** A running site to ask: {@code registre serve}, or nginx serving the static export. */
interface HttpTarget {

    /** GET without following redirects; {@code accept} null sends no Accept header. */
    HttpResponse<String> get(String pathOrUrl, String accept);

    /** GET following redirects (at most five hops), as a browser or a crawler would. */
    HttpResponse<String> follow(String pathOrUrl, String accept);
}
