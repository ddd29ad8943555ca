import type { CueLexicon } from '../concepts.js';

/** Spanish (Spain and Latin America). Accents optional; "q" for "que", "xq"/"pq" for "porque" are common. */
export const es: CueLexicon = {
  how_to_use: [
    'cómo se usa', 'como se usa', 'cómo usar', 'como usar', 'cómo lo uso', 'como lo uso', 'cómo funciona', 'como funciona',
    'modo de uso', 'modo de empleo', 'instrucciones', 'manual', 'manual de instrucciones', 'tutorial', 'instalar', 'instalación',
    'configurar', 'configuración', 'emparejar', 'vincular', 'sincronizar', 'conectar', 'cómo conecto', 'como conecto', 'cargar',
    'cómo se carga', 'como se carga', 'tiempo de carga', 'lavar', 'lavado', 'se puede lavar', 'lavadora', 'lavavajillas', 'limpiar',
    'cómo se limpia', 'montar', 'montaje', 'armar', 'ensamblar', 'encender', 'cómo se enciende', 'resetear', 'qué incluye la caja',
    'que trae la caja', 'qué viene en la caja', 'que viene en la caja', 'precauciones', 'ajustar',
  ],
  size_fit: [
    'talla', 'tallas', 'qué talla', 'que talla', 'guía de tallas', 'tabla de tallas', 'talle', 'talles', 'qué número', 'calce',
    'horma', 'tallan pequeño', 'talla pequeño', 'talla grande', 'viene pequeño', 'viene grande', 'medidas', 'dimensiones', 'largo',
    'ancho', 'altura', 'contorno de pecho', 'cintura', 'tiro', 'me quedaría', 'cuánto mide', 'cuanto mide',
  ],
  material_spec: [
    'material', 'materiales', 'de qué material', 'de que material', 'de qué está hecho', 'de que esta hecho', 'tela', 'tejido', 'algodón',
    'poliéster', 'cuero', 'piel', 'acero inoxidable', 'plástico', 'impermeable', 'resistente al agua', 'sumergible', 'capacidad',
    'batería de', 'autonomía', 'potencia', 'peso', 'cuánto pesa', 'cuanto pesa', 'características', 'especificaciones', 'ficha técnica',
    'certificado', 'certificación', 'marcado ce', 'colores', 'qué colores', 'que colores', 'otros colores', 'sin bpa', 'ingredientes',
  ],
  compatible: [
    'compatible', 'compatibles', 'compatibilidad', 'funciona con', 'sirve para', 'sirve con', 'vale para', 'es para', 'le queda a',
    'le sirve a', 'le va a', 'para mi celular', 'para mi móvil', 'con mi celular', 'con mi móvil', 'para iphone', 'para samsung',
  ],
  in_stock: [
    'en stock', 'stock', 'disponible', 'disponibles', 'disponibilidad', 'hay stock', 'tienen stock', 'agotado', 'agotada', 'sin stock',
    'reposición', 'vuelve a estar', 'volverá', 'cuándo llega más', 'les queda', 'preventa', 'reservar',
  ],
  price_question: [
    'precio', 'precios', 'cuánto cuesta', 'cuanto cuesta', 'cuánto vale', 'cuanto vale', 'cuánto sale', 'cuanto sale', 'qué precio',
    'que precio', 'costo', 'coste', 'más barato', 'mas barato', 'precio unitario', 'iva incluido',
  ],
  before_buying: [
    'antes de comprar', 'antes de pedir', 'antes de hacer el pedido', 'antes de realizar', 'si compro', 'si pido', 'si hago el pedido',
    'si lo pido', 'si lo compro', 'pienso comprar', 'quiero comprar', 'quisiera comprar', 'me gustaría comprar', 'estoy pensando en comprar',
    'estoy interesado', 'estoy interesada', 'me interesa', 'tengo pensado',
  ],
  ship_to_country: [
    'envían a', 'envian a', 'envías a', 'envias a', 'hacen envíos a', 'hacen envios a', 'envíos a', 'envios a', 'envío a', 'envio a',
    'mandan a', 'llega a', 'llegan a', 'entregan en', 'internacional', 'internacionales', 'al extranjero', 'a méxico', 'a argentina',
    'a chile', 'a colombia', 'a perú', 'a canarias', 'qué países', 'que paises', 'a mi país',
  ],
  shipping_cost: [
    'gastos de envío', 'gastos de envio', 'costo de envío', 'costo de envio', 'coste de envío', 'precio del envío', 'cuánto cuesta el envío',
    'cuanto cuesta el envio', 'cuánto sale el envío', 'cuanto sale el envio', 'envío gratis', 'envio gratis', 'envío gratuito',
    'envio gratuito', 'portes', 'portes gratis', 'a partir de cuánto', 'compra mínima', 'pedido mínimo',
  ],
  delivery_time: [
    'cuánto tarda', 'cuanto tarda', 'cuánto demora', 'cuanto demora', 'cuántos días', 'cuantos dias', 'tiempo de entrega',
    'plazo de entrega', 'tiempo de envío', 'tiempo de envio', 'demora', 'en cuánto llega', 'en cuanto llega', 'cuándo llegaría',
    'cuando llegaria', 'llega antes de', 'antes de navidad', 'a tiempo', 'envío express', 'envio express', 'exprés', 'envío urgente',
    'envio urgente', 'envío rápido', 'envio rapido', 'más rápido', 'mas rapido', '00 horas', '00h',
  ],
  discount: [
    'descuento', 'descuentos', 'cupón', 'cupon', 'cupones', 'código de descuento', 'codigo de descuento', 'código promocional',
    'codigo promocional', 'promo', 'promoción', 'promocion', 'oferta', 'ofertas', 'rebajas', 'rebaja', 'black friday', 'hot sale',
    'buen fin', 'el código no funciona', 'el codigo no funciona', 'código no válido', 'codigo no valido', 'código inválido',
    'código caducado', 'código expirado', 'puntos', 'fidelidad', 'tarjeta regalo', 'regalo', 'obsequio', 'precio especial',
  ],
  bulk_wholesale: [
    'al por mayor', 'por mayor', 'mayoreo', 'mayorista', 'precio mayorista', 'precio de mayoreo', 'pedido grande', 'gran cantidad',
    'grandes cantidades', 'por volumen', 'cantidad mínima', 'pedido mínimo', 'revender', 'revendedor', 'distribuidor', 'para mi tienda',
    'para mi negocio', 'para nuestra empresa', '000 unidades', '00 unidades', '000 piezas', '00 piezas',
  ],
  return_policy: [
    'política de devolución', 'politica de devolucion', 'política de devoluciones', 'políticas de devolución', 'condiciones de devolución',
    'plazo de devolución', 'plazo para devolver', 'días para devolver', 'dias para devolver', 'se puede devolver', 'puedo devolver',
    'puedo devolverlo', 'puedo cambiarlo', 'se puede cambiar', 'si no me queda', 'si no me gusta', 'si no me sirve',
    'devolución gratis', 'devolución gratuita', 'quién paga la devolución', 'quien paga la devolucion', 'costo de devolución',
    'derecho de desistimiento', 'garantía de devolución',
  ],
  warranty: [
    'garantía', 'garantia', 'en garantía', 'tiene garantía', 'cuánto dura la garantía', 'periodo de garantía', 'año de garantía',
    'años de garantía', 'meses de garantía', 'garantía del fabricante', 'reclamo de garantía',
  ],
  place_order: [
    'hacer un pedido', 'hacer el pedido', 'realizar un pedido', 'realizar el pedido', 'cómo hago un pedido', 'como hago un pedido',
    'cómo compro', 'como compro', 'cómo puedo comprar', 'como puedo comprar', 'cómo pido', 'como pido', 'quiero pedir', 'quisiera pedir',
    'pedir por teléfono', 'pedido por whatsapp', 'personalizado', 'personalizada', 'a medida', 'grabado', 'apartar', 'me lo apartan',
    'sin cuenta', 'como invitado', 'encargo', 'encargar',
  ],
  checkout_problem: [
    'carrito', 'cesta', 'checkout', 'finalizar compra', 'finalizar el pedido', 'terminar la compra', 'no me deja comprar',
    'no me deja pagar', 'no me deja finalizar', 'no me deja', 'no puedo finalizar', 'no puedo completar', 'no puedo comprar',
    'se queda cargando', 'se traba', 'se cuelga', 'mensaje de error', 'da error', 'me sale error', 'sale un error', 'botón',
  ],
  order_confirmation: [
    'confirmación del pedido', 'confirmacion del pedido', 'confirmación de pedido', 'correo de confirmación', 'correo de confirmacion',
    'mail de confirmación', 'email de confirmación', 'no me llegó la confirmación', 'sin confirmación', 'confirmar mi pedido',
    'recibieron mi pedido', 'les llegó mi pedido', 'se realizó mi pedido', 'se hizo el pedido', 'pedido confirmado',
    'estado de mi pedido', 'estado del pedido', 'número de pedido', 'numero de pedido',
  ],
  when_ship: [
    'cuándo envían', 'cuando envian', 'cuándo lo envían', 'cuando lo envian', 'cuándo se envía', 'cuando se envia', 'cuándo mandan',
    'cuando mandan', 'cuándo despachan', 'cuando despachan', 'ya lo enviaron', 'ya enviaron', 'ya salió', 'ya salio', 'ya lo mandaron',
    'todavía no lo han enviado', 'todavia no lo han enviado', 'no lo han enviado', 'no ha sido enviado', 'sin enviar', 'aún no enviado',
    'no se ha enviado', 'en preparación', 'en preparacion', 'preparando', 'procesando', 'en proceso', 'despacho', 'despachado',
  ],
  change_order: [
    'cambiar mi pedido', 'cambiar el pedido', 'modificar mi pedido', 'modificar el pedido', 'modificar pedido', 'cambiar la talla',
    'cambiar talla', 'cambiar el color', 'cambiar color', 'cambiar la cantidad', 'agregar', 'añadir', 'sumar otro', 'quitar',
    'eliminar un producto', 'en vez de', 'en lugar de', 'modificar',
  ],
  change_address: [
    'cambiar la dirección', 'cambiar la direccion', 'cambiar mi dirección', 'cambiar mi direccion', 'cambiar dirección',
    'modificar la dirección', 'dirección de envío', 'direccion de envio', 'dirección de entrega', 'dirección equivocada',
    'direccion equivocada', 'dirección incorrecta', 'direccion incorrecta', 'dirección mal', 'nueva dirección', 'otra dirección',
    'me mudé', 'me mude', 'código postal', 'codigo postal', 'número de casa', 'depto', 'piso',
  ],
  cancel: [
    'cancelar', 'cancelación', 'cancelacion', 'cancelado', 'cancelada', 'cancelen', 'cancelar mi pedido', 'anular', 'anulación',
    'costo de cancelación', 'ya no lo quiero', 'ya no quiero', 'ya no lo necesito', 'me arrepentí', 'me arrepenti', 'desistir',
  ],
  payment_method: [
    'forma de pago', 'formas de pago', 'método de pago', 'metodo de pago', 'métodos de pago', 'medio de pago', 'medios de pago',
    'cómo pago', 'como pago', 'cómo puedo pagar', 'como puedo pagar', 'puedo pagar', 'pagar con', 'tarjeta de crédito', 'tarjeta de credito',
    'tarjeta de débito', 'transferencia', 'transferencia bancaria', 'bizum', 'mercado pago', 'mercadopago', 'oxxo', 'meses sin intereses',
    'cuotas', 'a plazos', 'contra reembolso', 'contrareembolso', 'pago contra entrega', 'efectivo', 'moneda', 'en euros', 'en pesos',
    'en dólares',
  ],
  payment_problem: [
    'pago rechazado', 'tarjeta rechazada', 'rechazada', 'rechazado', 'pago fallido', 'falló el pago', 'fallo el pago', 'error en el pago',
    'error de pago', 'no pasa el pago', 'no pasa la tarjeta', 'pago pendiente', 'pendiente', 'cobro doble', 'doble cobro', 'cobrado dos veces',
    'me cobraron dos veces', 'me cobraron doble', 'cobro duplicado', 'pagué dos veces', 'pague dos veces', 'me cobraron', 'me cobraron de más',
    'cobraron de mas', 'monto incorrecto', 'importe incorrecto', 'cantidad incorrecta', 'me descontaron', 'me debitaron',     'cargo doble', 'tipo de cambio', 'comisión', 'conversión', 'no puedo pagar',
  ],
  invoice: [
    'factura', 'facturas', 'facturación', 'facturacion', 'recibo', 'comprobante', 'comprobante de pago', 'ticket', 'boleta', 'iva',
    'nif', 'cif', 'rfc', 'cuit', 'rut', 'nit', 'cfdi', 'razón social', 'razon social', 'datos fiscales', 'factura a nombre de',
    'factura electrónica', 'para mi empresa', 'para la empresa', 'contabilidad', 'contador', 'gestor', 'proforma',
  ],
  where_parcel: [
    'dónde está mi pedido', 'donde esta mi pedido', 'dónde está mi paquete', 'donde esta mi paquete', 'dónde está', 'donde esta',
    'dónde anda', 'donde anda', 'dónde quedó', 'donde quedo', 'dónde se encuentra', 'donde se encuentra', 'qué pasó con mi pedido',
    'que paso con mi pedido', 'qué pasa con mi pedido', 'que pasa con mi pedido', 'novedades de mi pedido', 'noticias de mi pedido',
    'mi paquete', 'mi pedido no',
  ],
  tracking: [
    'seguimiento', 'número de seguimiento', 'numero de seguimiento', 'código de seguimiento', 'codigo de seguimiento', 'guía', 'número de guía',
    'numero de guia', 'rastreo', 'rastrear', 'número de rastreo', 'link de seguimiento', 'enlace de seguimiento', 'tracking', 'qué significa',
    'que significa', 'qué quiere decir', 'que quiere decir', 'en tránsito', 'en transito', 'en reparto', 'en camino', 'estado del envío',
    'el link no funciona', 'el enlace no funciona', 'localizador',
  ],
  late: [
    'retraso', 'retrasado', 'retrasada', 'atrasado', 'atrasada', 'atraso', 'demorado', 'demorada', 'todavía no llega',
    'todavia no llega', 'aún no llega', 'aun no llega', 'no ha llegado', 'no me ha llegado', 'no llega', 'sigue sin llegar',
    'nunca llega', 'hace semanas', 'semanas', 'hace un mes', 'desde hace días', 'fecha estimada', 'fecha prevista', 'debería haber llegado',
    'deberia haber llegado', 'tenía que llegar', 'tenia que llegar', 'estancado', 'atascado', 'parado', 'no se mueve', 'no avanza',
    'sin actualizar', 'no se actualiza', 'sin movimiento', 'sin novedades', 'mismo estado', 'sigo esperando',
  ],
  marked_delivered: [
    'figura como entregado', 'aparece como entregado', 'aparece entregado', 'dice entregado', 'dice que fue entregado', 'marca entregado',
    'pone entregado', 'pone que está entregado', 'sale como entregado', 'sale entregado', 'estado entregado', 'fue entregado', 'entregado',
    'entregado pero', 'supuestamente entregado', 'prueba de entrega', 'firmado por',
  ],
  not_received: [
    'no recibí', 'no recibi', 'no he recibido', 'nunca recibí', 'nunca recibi', 'nunca llegó', 'nunca llego', 'no me llegó', 'no me llego',
    'no me ha llegado nada', 'no tengo el paquete', 'no recibí nada', 'nada llegó', 'no está en mi buzón', 'no lo encuentro', 'robado',
    'perdido', 'extraviado', 'desaparecido', 'no fue entregado', 'no lo entregaron',
  ],
  neighbour_locker: [
    'vecino', 'vecina', 'vecinos', 'conserje', 'portero', 'portería', 'conserjería', 'taquilla', 'locker', 'casillero', 'punto de recogida',
    'punto de entrega', 'punto pack', 'oficina de correos', 'sucursal', 'buzón', 'buzon', 'en la puerta', 'otra dirección', 'dirección equivocada',
    'otra casa', 'citypaq',
  ],
  customs: [
    'aduana', 'aduanas', 'en aduana', 'retenido en aduana', 'retenido en la aduana', 'gastos de aduana', 'impuestos de aduana',
    'aranceles', 'arancel', 'impuestos', 'impuesto', 'iva de importación', 'impuesto de importación', 'importación', 'despacho de aduana',
    'despacho aduanero', 'declaración de aduana', 'documentación', 'documentos', 'dni', 'pasaporte', 'curp', 'pagar para recibir',
    'pagar al recibir', 'devuelto al remitente', 'devuelto al vendedor', 'devolución al remitente', 'regresado al remitente', 'gestión aduanera',
  ],
  broken_damaged: [
    'roto', 'rota', 'rotos', 'rotas', 'se rompió', 'quebrado', 'quebrada', 'dañado', 'dañada', 'daño', 'daños', 'estropeado', 'estropeada',
    'agrietado', 'rajado', 'rajada', 'fisura', 'aplastado', 'aplastada', 'abollado', 'abollada', 'rayado', 'rayada', 'rayones', 'raspado',
    'roto el', 'descosido', 'rasgado', 'desgarrado', 'doblado', 'torcido', 'manchado', 'mancha', 'sucio', 'goteando', 'se sale', 'defectuoso',
    'defectuosa', 'defecto', 'caja abierta', 'paquete abierto', 'en pedazos', 'hecho pedazos', 'destrozado',
  ],
  missing_part: [
    'falta', 'faltan', 'faltaba', 'faltante', 'faltantes', 'le falta', 'no venía', 'no venia', 'no viene', 'no trae', 'no traía', 'no incluye',
    'incompleto', 'incompleta', 'sin cargador', 'sin cable', 'sin tornillos', 'sin instrucciones', 'solo uno', 'solo una', 'sólo uno',
    'caja vacía', 'caja vacia', 'paquete vacío', 'pieza', 'piezas', 'accesorio', 'accesorios',
  ],
  not_working: [
    'no funciona', 'no sirve', 'no anda', 'no enciende', 'no prende', 'no carga', 'no conecta', 'no se conecta', 'no empareja',
    'no suena', 'no da imagen', 'no responde', 'no hace nada', 'falla', 'fallas', 'código de error', 'parpadea', 'se calienta', 'se apaga',
    'muerto', 'defectuoso', 'no arranca',
  ],
  on_arrival: [
    'llegó', 'llego', 'me llegó', 'me llego', 'llegó hoy', 'llego hoy', 'llegó ayer', 'recibí hoy', 'recibi hoy', 'lo recibí',
    'lo recibi', 'al recibir', 'al recibirlo', 'al llegar', 'al abrir', 'al abrirlo', 'abrí la caja', 'abri la caja', 'al desempacar',
    'desde el principio', 'desde el primer día', 'primer uso', 'primera vez', 'recién llegado', 'de fábrica',
  ],
  wrong_item: [
    'producto equivocado', 'artículo equivocado', 'articulo equivocado', 'pedido equivocado', 'color equivocado', 'talla equivocada',
    'modelo equivocado', 'cantidad equivocada', 'equivocado', 'equivocada', 'se equivocaron', 'no es lo que pedí', 'no es lo que pedi',
    'no es el que pedí', 'otro producto', 'otro color', 'otra talla', 'otro modelo', 'yo pedí', 'en vez de', 'en lugar de',
    'me mandaron', 'me enviaron', 'me llegó otro', 'me llego otro', 'no es mío', 'confundieron',
  ],
  want_return: [
    'devolver', 'devolución', 'devolucion', 'devolverlo', 'devolverla', 'devolverlos', 'quiero devolver', 'hacer una devolución',
    'solicitar devolución', 'etiqueta de devolución', 'dirección de devolución', 'regresar', 'regresarlo', 'no me queda', 'me queda chico',
    'me queda pequeño', 'me queda grande', 'queda chico', 'muy pequeño', 'muy grande', 'muy apretado', 'muy corto', 'muy largo',
    'no es como en la foto', 'no se parece', 'no corresponde', 'no me gusta', 'no me convence',
  ],
  exchange: [
    'cambio', 'cambiar', 'cambiarlo', 'cambiarla', 'cambio de talla', 'cambiar por', 'una talla más', 'una talla mas', 'una talla menos',
    'talla más grande', 'talla más pequeña', 'otra talla', 'reemplazar por',
  ],
  refund: [
    'reembolso', 'reembolsar', 'reembolsen', 'reembolsado', 'reintegro', 'devolución del dinero', 'devolucion del dinero',
    'devuélvanme el dinero', 'devuelvan mi dinero', 'mi dinero', 'devolverme el dinero', 'me devuelvan', 'dinero de vuelta',
    'reembolso parcial', 'reembolso total', 'nota de crédito', 'refund',
  ],
  refund_status: [
    'dónde está mi reembolso', 'donde esta mi reembolso', 'dónde está mi dinero', 'donde esta mi dinero', 'cuándo me reembolsan',
    'cuando me reembolsan', 'cuándo me devuelven', 'cuando me devuelven', 'todavía no me reembolsan', 'todavia no me reembolsan',
    'aún no me devuelven', 'no me han devuelto', 'no me han reembolsado', 'sin reembolso', 'no he recibido el reembolso',
    'no recibí el reembolso', 'no me llegó el reembolso', 'esperando el reembolso', 'espero mi reembolso', 'estado del reembolso',
    'reembolso aprobado', 'me prometieron el reembolso', 'no veo el dinero', 'no aparece en mi cuenta',
  ],
  return_shipped: [
    'ya lo devolví', 'ya lo devolvi', 'lo devolví', 'lo devolvi', 'devolví', 'devolvi', 'lo envié de vuelta', 'lo mandé de vuelta',
    'lo regresé', 'lo regrese', 'ya lo mandé', 'mi devolución', 'la devolución', 'recibieron mi devolución', 'recibieron la devolución',
    'les llegó la devolución', 'llegó la devolución', 'paquete devuelto', 'envío de devolución', 'seguimiento de la devolución',
    'lo dejé en correos', 'lo entregué en',
  ],
  stopped_working: [
    'dejó de funcionar', 'dejo de funcionar', 'ya no funciona', 'ya no sirve', 'ya no enciende', 'ya no prende', 'ya no carga',
    'dejó de cargar', 'dejo de cargar', 'dejó de', 'dejo de', 'de repente', 'de la nada', 'al principio', 'funcionaba', 'funcionaba bien',
    'andaba bien', 'después de una semana', 'despues de una semana', 'después de un mes', 'despues de un mes', 'después de 0 semanas',
    'despues de 0 semanas', 'después de 0 meses', 'después de unos días', 'después de unas semanas', 'a las 0 semanas', 'a los 0 meses',
    'al mes', 'a la semana', 'con el uso', 'uso normal', 'se despegó', 'se pelan', 'se despinta', 'desgastado',
  ],
  repair: [
    'reparación', 'reparacion', 'reparar', 'reparen', 'arreglar', 'arreglo', 'arreglen', 'servicio técnico', 'servicio tecnico',
    'reemplazo', 'reemplazar', 'repuesto', 'repuestos', 'recambio', 'sustitución', 'sustituir', 'uno nuevo', 'una nueva', 'hacer válida la garantía',
    'hacer valida la garantia', 'usar la garantía',
  ],
  bad_service: [
    'pésimo', 'pesimo', 'pésima', 'pesima', 'pésimo servicio', 'mal servicio', 'malísimo', 'fatal', 'horrible', 'terrible', 'vergüenza',
    'verguenza', 'una vergüenza', 'inaceptable', 'inadmisible', 'indignante', 'indignado', 'indignada', 'decepcionado', 'decepcionada',
    'decepción', 'molesto', 'molesta', 'enojado', 'enojada', 'enfadado', 'enfadada', 'harto', 'harta', 'cansado de', 'cansada de',
    'falta de respeto', 'maleducado', 'grosero', 'grosera', 'poco profesional', 'incompetentes', 'una burla', 'una broma', 'nunca más',
    'nunca mas', 'lo peor', 'el peor', 'respuestas automáticas', 'mentira', 'mentiras', 'me mintieron',
  ],
  manager_escalate: [
    'gerente', 'encargado', 'encargada', 'supervisor', 'supervisora', 'responsable', 'jefe', 'superior', 'queja', 'quejas', 'reclamo',
    'reclamos', 'reclamación', 'reclamacion', 'hoja de reclamaciones', 'libro de reclamaciones', 'queja formal', 'escalar',
  ],
  slow_reply: [
    'no responden', 'no contestan', 'nadie responde', 'nadie contesta', 'nadie me responde', 'nadie me contesta', 'sin respuesta',
    'ninguna respuesta', 'no me responden', 'no me contestan', 'espero respuesta', 'esperando respuesta', 'sigo esperando respuesta',
    'todavía sin respuesta', 'me ignoran', 'ignorado', 'varias veces', 'muchas veces', 'tercera vez', 'otra vez', 'ya escribí',
    'ya les escribí', 'les escribí', 'hola??', 'hay alguien', 'alguien me puede',
  ],
  threat: [
    'estafa', 'estafadores', 'estafador', 'estafaron', 'fraude', 'fraudulento', 'ladrones', 'ladrón', 'robo', 'timo', 'timadores',
    'abogado', 'abogada', 'demanda', 'demandar', 'denuncia', 'denunciar', 'policía', 'juicio', 'acciones legales', 'profeco',     'omic', 'defensa del consumidor', 'organismo de consumo', 'disputa', 'abrir disputa', 'contracargo', 'reclamo en paypal',
    'mala reseña', 'reseña negativa', 'una estrella', 'redes sociales', 'voy a denunciar',
  ],
  thanks_praise: [
    'gracias', 'muchas gracias', 'mil gracias', 'muchísimas gracias', 'agradezco', 'agradecido', 'agradecida', 'genial', 'excelente',
    'perfecto', 'perfecta', 'increíble', 'maravilloso', 'hermoso', 'hermosa', 'precioso', 'preciosa', 'me encanta', 'me encantó',
    'me encanto', 'encantado', 'encantada', 'contento', 'contenta', 'feliz', 'satisfecho', 'satisfecha', 'buenísimo', 'súper', 'super',
    'felicidades', 'felicitaciones', 'recomiendo', 'los recomiendo', 'recomendado', 'volveré a comprar', 'volvere a comprar',
    'muy rápido', 'llegó rápido', 'bien empaquetado', 'bien embalado', 'muy amables', 'amable', 'de lujo', 'chévere', 'bacán',
  ],
  review: [
    'reseña', 'reseñas', 'resena', 'opinión', 'opinion', 'valoración', 'valoracion', 'calificación', 'calificacion', 'comentario',
    'estrellas', '0 estrellas', 'cinco estrellas', 'dejé una reseña', 'dejar una reseña', 'feedback', 'testimonio',
  ],
  suggestion: [
    'sugerencia', 'sugerencias', 'sugiero', 'propuesta', 'idea', 'ideas', 'sería bueno', 'seria bueno', 'estaría bien', 'estaria bien',
    'sería genial', 'deberían', 'deberian', 'podrían', 'podrian', 'a futuro', 'en el futuro', 'la próxima vez', 'más colores', 'más tallas',
    'ojalá', 'ojala', 'me gustaría que', 'consejo', 'agreguen',
  ],
  account: [
    'cuenta', 'mi cuenta', 'perfil', 'mi perfil', 'registrarme', 'registro', 'registrar', 'crear una cuenta', 'crear cuenta', 'usuario',
    'nombre de usuario',
  ],
  login_problem: [
    'iniciar sesión', 'iniciar sesion', 'inicio de sesión', 'no puedo entrar', 'no puedo ingresar', 'no me deja entrar', 'no me deja ingresar',
    'no puedo acceder', 'acceder a mi cuenta', 'entrar a mi cuenta', 'ingresar a mi cuenta', 'login', 'loguearme', 'logearme', 'bloqueada',
    'cuenta bloqueada', 'cuenta suspendida', 'suspendida', 'desactivada', 'hackeada', 'hackearon', 'jaquearon', 'me robaron la cuenta',
    'acceso sospechoso', 'actividad sospechosa', 'no fui yo', 'sesión cerrada',
  ],
  password_reset: [
    'contraseña', 'contrasena', 'clave', 'olvidé mi contraseña', 'olvide mi contraseña', 'olvidé la contraseña', 'restablecer',
    'restablecer contraseña', 'recuperar contraseña', 'recuperar mi contraseña', 'nueva contraseña', 'cambiar contraseña',
    'contraseña incorrecta', 'clave incorrecta', 'enlace para restablecer', 'password',
  ],
  verification_code: [
    'código de verificación', 'codigo de verificacion', 'código de confirmación', 'código de seguridad', 'código por sms', 'codigo por sms',
    'sms', 'código de un solo uso', 'verificación', 'verificacion', 'verificar', 'autenticación', 'doble factor', '0fa', 'código de activación',
    'activar mi cuenta', 'no me llega el código', 'no me llega el codigo', 'no recibo el código', 'no llega el código', 'captcha', 'token',
  ],
  delete_account: [
    'eliminar mi cuenta', 'eliminar la cuenta', 'borrar mi cuenta', 'borrar la cuenta', 'dar de baja mi cuenta', 'cerrar mi cuenta',
    'darme de baja', 'mis datos', 'datos personales', 'borrar mis datos', 'eliminar mis datos', 'protección de datos', 'rgpd', 'lopd',
    'derecho al olvido', 'derechos arco', 'derecho de acceso', 'privacidad', 'qué datos tienen',
  ],
  unsubscribe: [
    'darme de baja', 'dar de baja', 'desuscribir', 'desuscribirme', 'cancelar la suscripción', 'anular la suscripción', 'suscripción',
    'newsletter', 'boletín', 'correos publicitarios', 'correos promocionales', 'publicidad', 'dejen de enviarme', 'dejen de mandarme',
    'no quiero recibir', 'no recibir más', 'demasiados correos', 'lista de correo', 'spam',
  ],
  edit_account: [
    'cambiar mi correo', 'cambiar el correo', 'cambiar mi email', 'cambiar el email', 'cambiar mi mail', 'correo nuevo', 'nuevo correo',
    'actualizar mi correo', 'cambiar mi nombre', 'cambiar mi número', 'cambiar mi teléfono', 'actualizar mis datos', 'modificar mis datos',
    'editar mi perfil', 'configuración de la cuenta', 'unificar', 'fusionar', 'dos cuentas', 'juntar las cuentas',
  ],
  human_agent: [
    'humano', 'un humano', 'una persona', 'persona real', 'un agente', 'agente', 'asesor', 'asesora', 'ejecutivo', 'operador',
    'alguien real', 'no un robot', 'robot', 'bot', 'chatbot', 'máquina', 'respuesta automática', 'hablar con alguien', 'hablar con un',
    'hablar con una', 'atención al cliente',
  ],
  phone_call: [
    'teléfono', 'telefono', 'número de teléfono', 'numero de telefono', 'llamar', 'llámenme', 'llamenme', 'llamada', 'me pueden llamar',
    'devolver la llamada', 'que me llamen', 'por teléfono', 'por telefono', 'whatsapp', 'wasap', 'atención telefónica',   ],
  business_offer: [
    'seo', 'posicionamiento', 'posicionamiento web', 'primera página de google', 'agencia', 'nuestra agencia', 'marketing', 'colaboración',
    'colaboracion', 'alianza', 'asociación', 'propuesta comercial', 'fabricante', 'fábrica', 'fabrica', 'proveedor', 'proveedores',
    'somos una empresa', 'aumentar sus ventas', 'aumentar tus ventas', 'diseño web', 'página web', 'influencer', 'patrocinio', 'afiliados',
  ],
  job_application: [
    'empleo', 'trabajo', 'vacante', 'vacantes', 'oferta de trabajo', 'oferta laboral', 'postular', 'postularme', 'postulación',
    'candidatura', 'currículum', 'curriculum', 'cv', 'hoja de vida', 'prácticas', 'pasantía', 'trabajar con ustedes', 'trabajar para ustedes',
    'medio tiempo', 'tiempo completo', 'contratando', 'busco trabajo',
  ],
};
