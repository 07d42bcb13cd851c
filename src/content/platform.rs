//! The DOM calls the sanitizer makes, bound to the platform's own prototype
//! functions and getters, each one catching what the browser throws.
//!
//! Markup can change what an ordinary property read returns: a `<form>`
//! exposes its controls by name, so `<form><input name=attributes></form>`
//! makes `form.attributes` the input element (DOM clobbering), and
//! `<img name=body>` does the same to `document.body`. web-sys reads
//! properties that way (its bindings are `structural`), and a value of the
//! wrong type handed to the generated glue corrupted the wasm instance.
//!
//! Every method binding here is `final`: wasm-bindgen's glue calls the
//! function on the named interface's prototype with the node as `this`, so
//! nothing a document contains can shadow it. Getters go the same way, but
//! through `read`, which takes each accessor from its prototype chain once
//! and keeps it: the glue of a `final` getter looks the accessor up again on
//! every call (a walk up the chain and a new descriptor object each time,
//! some six reads per node of an article). Every call is also `catch`: a
//! browser exception becomes an `Err` in Rust instead of unwinding through
//! Rust frames.
//! Values come back as `JsValue` and are typed here, in Rust, never by glue
//! that trusts them.

use std::cell::RefCell;

use js_sys::{Function, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, DocumentFragment, Element, Node};

#[wasm_bindgen]
extern "C" {
    /// A node of either document, seen only through the bindings below.
    #[wasm_bindgen(js_name = Node)]
    type RawNode;
    #[wasm_bindgen(js_name = Element)]
    type RawElement;
    #[wasm_bindgen(js_name = Document)]
    type RawDocument;
    #[wasm_bindgen(js_name = NamedNodeMap)]
    type RawAttributes;
    #[wasm_bindgen(js_name = Attr)]
    type RawAttribute;
    #[wasm_bindgen(js_name = NodeList)]
    type RawNodeList;

    #[wasm_bindgen(method, final, setter, catch, js_class = "Node", js_name = textContent)]
    fn set_text_content(this: &RawNode, value: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(method, final, catch, js_class = "Node", js_name = appendChild)]
    fn append_child(this: &RawNode, child: &Node) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, final, catch, js_class = "Node", js_name = replaceChild)]
    fn replace_child(this: &RawNode, new: &Node, old: &Node) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(method, final, catch, js_class = "Element", js_name = hasAttribute)]
    fn has_attribute(this: &RawElement, name: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, final, catch, js_class = "Element", js_name = getAttribute)]
    fn get_attribute(this: &RawElement, name: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, final, catch, js_class = "Element", js_name = setAttribute)]
    fn set_attribute(this: &RawElement, name: &str, value: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(method, final, catch, js_class = "Element", js_name = querySelectorAll)]
    fn query_selector_all(this: &RawElement, selectors: &str) -> Result<RawNodeList, JsValue>;
    #[wasm_bindgen(method, final, catch, js_class = "Element", js_name = remove)]
    fn remove(this: &RawElement) -> Result<(), JsValue>;

    #[wasm_bindgen(method, final, catch, js_class = "NamedNodeMap", js_name = item)]
    fn item(this: &RawAttributes, index: u32) -> Result<Option<RawAttribute>, JsValue>;

    #[wasm_bindgen(method, final, catch, js_class = "NodeList", js_name = item)]
    fn item(this: &RawNodeList, index: u32) -> Result<Option<Node>, JsValue>;

    #[wasm_bindgen(method, final, catch, js_class = "Document", js_name = createElement)]
    fn create_element(this: &RawDocument, tag: &str) -> Result<Element, JsValue>;
    #[wasm_bindgen(method, final, catch, js_class = "Document", js_name = createTextNode)]
    fn create_text_node(this: &RawDocument, data: &str) -> Result<Node, JsValue>;
    #[wasm_bindgen(method, final, catch, js_class = "Document", js_name = importNode)]
    fn import_node(this: &RawDocument, node: &Node, deep: bool) -> Result<Node, JsValue>;
    #[wasm_bindgen(method, final, catch, js_class = "Document", js_name = createDocumentFragment)]
    fn create_document_fragment(this: &RawDocument) -> Result<DocumentFragment, JsValue>;

    /// `Reflect.get(target, key, receiver)`: runs the accessor found on
    /// `target`'s prototype chain with `receiver` as `this`.
    #[wasm_bindgen(js_namespace = Reflect, js_name = get, catch)]
    fn get_with_receiver(
        target: &JsValue,
        key: &JsValue,
        receiver: &JsValue,
    ) -> Result<JsValue, JsValue>;
}

/// A DOM call that threw, or answered with a value of the wrong type.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the browser's {call} failed: {reason}")]
pub struct DomError {
    /// The interface member called, as `Element.localName`.
    pub call: &'static str,
    /// What the browser threw, or what came back instead.
    pub reason: String,
}

type Dom<T> = Result<T, DomError>;

fn failed(call: &'static str) -> impl FnOnce(JsValue) -> DomError {
    move |thrown| DomError {
        call,
        reason: describe(&thrown),
    }
}

/// A thrown value as text, without trusting its `toString` to be a function
/// of ours: `String(x)` is run by the engine and may itself throw.
pub fn describe(thrown: &JsValue) -> String {
    if let Some(error) = thrown.dyn_ref::<js_sys::Error>() {
        return String::from(error.message());
    }
    thrown
        .as_string()
        .unwrap_or_else(|| "a non-error value".into())
}

fn string(call: &'static str, value: JsValue) -> Dom<String> {
    value.as_string().ok_or_else(|| DomError {
        call,
        reason: "not a string".into(),
    })
}

fn optional_string(call: &'static str, value: JsValue) -> Dom<Option<String>> {
    present::<JsValue>(value)
        .map(|value| string(call, value))
        .transpose()
}

fn count(call: &'static str, value: JsValue) -> Dom<u32> {
    match value.as_f64() {
        Some(n) if n >= 0.0 && n <= f64::from(u32::MAX) && n.fract() == 0.0 => Ok(n as u32),
        _ => Err(DomError {
            call,
            reason: "not a count".into(),
        }),
    }
}

fn raw(node: &Node) -> &RawNode {
    node.unchecked_ref()
}

fn raw_element(element: &Element) -> &RawElement {
    element.unchecked_ref()
}

fn raw_document(document: &Document) -> &RawDocument {
    document.unchecked_ref()
}

/// `Node.nodeType`.
pub fn node_type(node: &Node) -> Dom<u16> {
    let value = read(node, Getter::NodeType)?;
    count("Node.nodeType", value).map(|n| n as u16)
}

/// `Node.firstChild`.
pub fn first_child(node: &Node) -> Dom<Option<Node>> {
    read(node, Getter::FirstChild).map(present)
}

/// `Node.nextSibling`.
pub fn next_sibling(node: &Node) -> Dom<Option<Node>> {
    read(node, Getter::NextSibling).map(present)
}

/// `Node.parentNode`.
pub fn parent_node(node: &Node) -> Dom<Option<Node>> {
    read(node, Getter::ParentNode).map(present)
}

/// The children of `node`, read once, so the caller may replace them.
pub fn children(node: &Node) -> Dom<Vec<Node>> {
    let mut nodes = Vec::new();
    let mut next = first_child(node)?;
    while let Some(child) = next {
        next = next_sibling(&child)?;
        nodes.push(child);
    }
    Ok(nodes)
}

/// `Node.textContent` (empty for a document).
pub fn text_content(node: &Node) -> Dom<String> {
    let value = read(node, Getter::TextContent)?;
    optional_string("Node.textContent", value).map(Option::unwrap_or_default)
}

/// Sets `Node.textContent`.
pub fn set_text_content(node: &Node, text: &str) -> Dom<()> {
    raw(node)
        .set_text_content(text)
        .map_err(failed("Node.textContent"))
}

/// `CharacterData.data`: the text of a text node.
pub fn character_data(node: &Node) -> Dom<String> {
    let value = read(node, Getter::Data)?;
    string("CharacterData.data", value)
}

/// `Node.appendChild`.
pub fn append_child(parent: &Node, child: &Node) -> Dom<()> {
    raw(parent)
        .append_child(child)
        .map(drop)
        .map_err(failed("Node.appendChild"))
}

/// `Node.replaceChild`.
pub fn replace_child(parent: &Node, new: &Node, old: &Node) -> Dom<()> {
    raw(parent)
        .replace_child(new, old)
        .map(drop)
        .map_err(failed("Node.replaceChild"))
}

/// `Element.namespaceURI`.
pub fn namespace_uri(element: &Element) -> Dom<Option<String>> {
    optional_string(
        "Element.namespaceURI",
        read(element, Getter::ElementNamespace)?,
    )
}

/// `Element.localName`.
pub fn local_name(element: &Element) -> Dom<String> {
    let value = read(element, Getter::ElementLocalName)?;
    string("Element.localName", value)
}

/// `Element.hasAttribute`.
pub fn has_attribute(element: &Element, name: &str) -> Dom<bool> {
    let value = raw_element(element)
        .has_attribute(name)
        .map_err(failed("Element.hasAttribute"))?;
    value.as_bool().ok_or_else(|| DomError {
        call: "Element.hasAttribute",
        reason: "not a boolean".into(),
    })
}

/// `Element.getAttribute`.
pub fn get_attribute(element: &Element, name: &str) -> Dom<Option<String>> {
    let value = raw_element(element)
        .get_attribute(name)
        .map_err(failed("Element.getAttribute"))?;
    optional_string("Element.getAttribute", value)
}

/// `Element.setAttribute`.
pub fn set_attribute(element: &Element, name: &str, value: &str) -> Dom<()> {
    raw_element(element)
        .set_attribute(name, value)
        .map_err(failed("Element.setAttribute"))
}

/// `Element.remove`.
pub fn remove(element: &Element) -> Dom<()> {
    raw_element(element)
        .remove()
        .map_err(failed("Element.remove"))
}

/// The elements under `element` that match `selectors` (`querySelectorAll`).
pub fn query_selector_all(element: &Element, selectors: &str) -> Dom<Vec<Element>> {
    let list = raw_element(element)
        .query_selector_all(selectors)
        .map_err(failed("Element.querySelectorAll"))?;
    let length = count("NodeList.length", read(&list, Getter::ListLength)?)?;
    let mut elements = Vec::new();
    for index in 0..length {
        if let Some(node) = list.item(index).map_err(failed("NodeList.item"))? {
            elements.push(node.unchecked_into());
        }
    }
    Ok(elements)
}

/// One attribute of an element: its namespace, local name and value.
pub struct Attribute {
    pub namespace: Option<String>,
    pub local_name: String,
    pub value: String,
}

/// The attributes of `element`, in their order.
pub fn attributes(element: &Element) -> Dom<Vec<Attribute>> {
    let map: RawAttributes = read(element, Getter::Attributes)?.unchecked_into();
    let length = count("NamedNodeMap.length", read(&map, Getter::AttributesLength)?)?;
    let mut list = Vec::with_capacity(length as usize);
    for index in 0..length {
        let Some(attribute) = map.item(index).map_err(failed("NamedNodeMap.item"))? else {
            continue;
        };
        let namespace = optional_string(
            "Attr.namespaceURI",
            read(&attribute, Getter::AttributeNamespace)?,
        )?;
        let local_name = string(
            "Attr.localName",
            read(&attribute, Getter::AttributeLocalName)?,
        )?;
        let value = string("Attr.value", read(&attribute, Getter::AttributeValue)?)?;
        list.push(Attribute {
            namespace,
            local_name,
            value,
        });
    }
    Ok(list)
}

/// `Document.body`.
pub fn body(document: &Document) -> Dom<Option<Element>> {
    read(document, Getter::Body).map(present)
}

/// `Document.createElement`.
pub fn create_element(document: &Document, tag: &str) -> Dom<Element> {
    raw_document(document)
        .create_element(tag)
        .map_err(failed("Document.createElement"))
}

thread_local! {
    /// Each platform getter the walk reads ([`Getter`]), taken from its
    /// interface's prototype the first time it is needed.
    static GETTERS: RefCell<[Option<Function>; Getter::COUNT]> = const { RefCell::new([const { None }; Getter::COUNT]) };
}

/// The platform accessors the sanitizer reads, by interface and property.
#[derive(Clone, Copy)]
enum Getter {
    NodeType,
    FirstChild,
    NextSibling,
    ParentNode,
    TextContent,
    Data,
    ElementNamespace,
    ElementLocalName,
    Attributes,
    AttributesLength,
    ListLength,
    AttributeNamespace,
    AttributeLocalName,
    AttributeValue,
    Body,
}

impl Getter {
    const COUNT: usize = 15;

    /// The interface whose prototype holds the accessor, its property, and
    /// the call as errors name it (`Node.firstChild`).
    fn names(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Getter::NodeType => ("Node", "nodeType", "Node.nodeType"),
            Getter::FirstChild => ("Node", "firstChild", "Node.firstChild"),
            Getter::NextSibling => ("Node", "nextSibling", "Node.nextSibling"),
            Getter::ParentNode => ("Node", "parentNode", "Node.parentNode"),
            Getter::TextContent => ("Node", "textContent", "Node.textContent"),
            Getter::Data => ("CharacterData", "data", "CharacterData.data"),
            Getter::ElementNamespace => ("Element", "namespaceURI", "Element.namespaceURI"),
            Getter::ElementLocalName => ("Element", "localName", "Element.localName"),
            Getter::Attributes => ("Element", "attributes", "Element.attributes"),
            Getter::AttributesLength => ("NamedNodeMap", "length", "NamedNodeMap.length"),
            Getter::ListLength => ("NodeList", "length", "NodeList.length"),
            Getter::AttributeNamespace => ("Attr", "namespaceURI", "Attr.namespaceURI"),
            Getter::AttributeLocalName => ("Attr", "localName", "Attr.localName"),
            Getter::AttributeValue => ("Attr", "value", "Attr.value"),
            Getter::Body => ("Document", "body", "Document.body"),
        }
    }

    fn call(self) -> &'static str {
        self.names().2
    }

    /// The accessor's `get` function, found on the interface's prototype
    /// chain as a `final` binding of wasm-bindgen finds it (which it does
    /// again on every call).
    fn find(self) -> Result<Function, JsValue> {
        let (interface, property, _) = self.names();
        let constructor = Reflect::get(&js_sys::global(), &JsValue::from_str(interface))?;
        let mut prototype = Reflect::get(&constructor, &JsValue::from_str("prototype"))?;
        let key = JsValue::from_str(property);
        while prototype.is_object() {
            let descriptor = js_sys::Object::get_own_property_descriptor(
                prototype.unchecked_ref::<js_sys::Object>(),
                &key,
            );
            if descriptor.is_object() {
                return Reflect::get(&descriptor, &JsValue::from_str("get"))?.dyn_into();
            }
            prototype = js_sys::Object::get_prototype_of(&prototype).into();
        }
        Err(JsValue::from_str("no such accessor"))
    }
}

/// Reads `getter` of `this` through the platform's own accessor, called
/// with `this` as its receiver: what a property of `this` cannot shadow.
/// The accessor is looked up once and kept ([`GETTERS`]).
fn read(this: &JsValue, getter: Getter) -> Dom<JsValue> {
    GETTERS.with(|cache| {
        if let Ok(cache) = cache.try_borrow() {
            if let Some(Some(accessor)) = cache.get(getter as usize) {
                return accessor.call0(this).map_err(failed(getter.call()));
            }
        }
        let accessor = getter.find().map_err(failed(getter.call()))?;
        let value = accessor.call0(this).map_err(failed(getter.call()));
        if let Ok(mut cache) = cache.try_borrow_mut() {
            if let Some(slot) = cache.get_mut(getter as usize) {
                *slot = Some(accessor);
            }
        }
        value
    })
}

/// What a getter answered, or nothing for `null` or `undefined`; typed
/// unchecked, as the platform's own accessor answers with that type.
fn present<T: JsCast>(value: JsValue) -> Option<T> {
    (!value.is_null() && !value.is_undefined()).then(|| value.unchecked_into())
}

/// `Document.createTextNode`.
pub fn create_text_node(document: &Document, text: &str) -> Dom<Node> {
    raw_document(document)
        .create_text_node(text)
        .map_err(failed("Document.createTextNode"))
}

/// `Document.importNode(text, false)`: a copy of a text node of another
/// document in `document`, its characters never brought into the wasm. Only
/// for nodes the caller has checked are text: an element imported this way
/// would keep every attribute the policy judges.
pub fn import_text(document: &Document, text: &Node) -> Dom<Node> {
    raw_document(document)
        .import_node(text, false)
        .map_err(failed("Document.importNode"))
}

/// `Document.createDocumentFragment`.
pub fn create_document_fragment(document: &Document) -> Dom<DocumentFragment> {
    raw_document(document)
        .create_document_fragment()
        .map_err(failed("Document.createDocumentFragment"))
}

/// `new URL(value, base).href`: a relative address resolved against the
/// article's own page. `None` when either is not a URL (the constructor
/// throws a `TypeError`, caught here).
pub fn resolve_url(value: &str, base: &str) -> Option<String> {
    web_sys::Url::new_with_base(value, base)
        .ok()
        .map(|url| url.href())
}

/// Every property of a node that this module's bindings, the sanitizer or
/// the browser's own algorithms behind them read, by name. A node that
/// answers any of them differently through an ordinary property read than
/// through the platform's accessor has been shadowed by its own content.
pub const WALKED_PROPERTIES: &[&str] = &[
    "nodeType",
    "nodeName",
    "nodeValue",
    "localName",
    "namespaceURI",
    "tagName",
    "attributes",
    "childNodes",
    "children",
    "firstChild",
    "lastChild",
    "nextSibling",
    "previousSibling",
    "parentNode",
    "parentElement",
    "ownerDocument",
    "textContent",
    "innerHTML",
    "outerHTML",
    "hasAttribute",
    "getAttribute",
    "setAttribute",
    "removeAttribute",
    "hasChildNodes",
    "appendChild",
    "insertBefore",
    "removeChild",
    "replaceChild",
    "remove",
    "querySelectorAll",
    "cloneNode",
];

/// Whether `element` is clobbered: its own content (named controls of a
/// form, or anything an engine exposes as named properties) shadows one of
/// the properties in [`WALKED_PROPERTIES`], so ordinary code reading it
/// would see something other than what the platform's accessor says.
///
/// Ordinary elements have no own properties at all (every accessor lives on
/// a prototype), so one call clears them; only an element with own keys is
/// compared property by property. A node that cannot even be asked is
/// counted as clobbered.
pub fn is_clobbered(element: &Element) -> bool {
    let Ok(keys) = Reflect::own_keys(element) else {
        return true;
    };
    if keys.length() == 0 {
        return false;
    }
    let Ok(prototype) = Reflect::get_prototype_of(element) else {
        return true;
    };
    let prototype: &JsValue = prototype.as_ref();
    WALKED_PROPERTIES.iter().any(|name| {
        let key = JsValue::from_str(name);
        let seen = Reflect::get(element, &key);
        let platform = get_with_receiver(prototype, &key, element);
        match (seen, platform) {
            (Ok(seen), Ok(platform)) => !js_sys::Object::is(&seen, &platform),
            _ => true,
        }
    })
}
