import type { CueLexicon } from '../concepts.js';

/** French (France, Belgium, Switzerland, Quebec). Accents optional: "reçu" and "recu" match alike. */
export const fr: CueLexicon = {
  how_to_use: [
    'comment utiliser', "comment l'utiliser", 'comment on utilise', "comment s'utilise", 'comment ça marche', 'comment ca marche',
    'comment fonctionne', 'comment faire pour', 'mode d\'emploi', 'mode demploi', 'notice', "notice d'utilisation", 'manuel',
    "manuel d'utilisation", 'guide', 'tutoriel', 'tuto', 'installer', 'installation', 'comment installer', 'configurer', 'configuration',
    'appairer', 'appairage', 'jumeler', 'jumelage', 'connecter', 'comment connecter', 'recharger', 'comment charger', 'temps de charge',
    'laver', 'lavable', 'lavage', 'en machine', 'lave-vaisselle', 'entretien', 'nettoyer', 'comment nettoyer', 'monter', 'montage',
    'assembler', 'assemblage', 'allumer', "comment l'allumer", 'réinitialiser', 'contenu de la boîte', "qu'y a-t-il dans",
    'qu\'est-ce qu\'il y a dans', 'précautions', 'régler',
  ],
  size_fit: [
    'taille', 'tailles', 'quelle taille', 'guide des tailles', 'tableau des tailles', 'grille des tailles', 'taille normalement',
    'taille petit', 'taille grand', 'taillent petit', 'taillent grand', 'pointure', 'quelle pointure', 'mensurations', 'dimensions',
    'mesures', 'longueur', 'largeur', 'hauteur', 'tour de poitrine', 'tour de taille', 'entrejambe', 'coupe', 'ajusté',
  ],
  material_spec: [
    'matière', 'matières', 'matériau', 'matériaux', 'en quoi', 'composition', 'tissu', 'coton', 'polyester', 'cuir', 'simili cuir',
    'inox', 'acier inoxydable', 'plastique', 'étanche', 'étanchéité', 'imperméable', 'capacité', 'autonomie', 'puissance', 'poids',
    'combien pèse', 'caractéristiques', 'fiche technique', 'spécifications', 'certificat', 'certifié', 'marquage ce', 'norme ce',
    'couleurs', 'quelles couleurs', 'autres couleurs', 'sans bpa', 'ingrédients', 'sans nickel',
  ],
  compatible: [
    'compatible', 'compatibles', 'compatibilité', 'fonctionne avec', 'marche avec', 'ça marche avec', 'va avec', 'convient à',
    'convient pour', 'adapté à', 'adapté pour', 'pour mon téléphone', 'avec mon téléphone', 'pour iphone', 'pour samsung',
    'est-ce que ça va sur', 'rentre dans',
  ],
  in_stock: [
    'en stock', 'stock', 'disponible', 'disponibles', 'disponibilité', 'dispo', 'rupture', 'rupture de stock', 'épuisé', 'épuisée',
    'réapprovisionnement', 'réassort', 'de retour en stock', 'vous avez encore', 'il en reste', 'reste-t-il', 'précommande', 'précommander',
  ],
  price_question: [
    'prix', 'combien coûte', 'combien coute', 'combien ça coûte', 'combien ca coute', 'c\'est combien', 'cest combien', 'quel est le prix',
    'tarif', 'tarifs', 'coût', 'moins cher', 'prix unitaire', 'ttc',   ],
  before_buying: [
    'avant de commander', 'avant d\'acheter', 'avant dacheter', 'avant de passer commande', 'avant mon achat', 'si je commande',
    'si je commande aujourd\'hui', 'si j\'achète', 'si jachete', 'je pense commander', 'je compte commander', 'je compte acheter',
    'j\'hésite à', 'jhesite', 'intéressé par', 'intéressée par', 'envisage d\'acheter', 'souhaiterais acheter', 'aimerais acheter',
  ],
  ship_to_country: [
    'livrez-vous', 'livrez vous', 'vous livrez', 'livraison en', 'livraison au', 'livraison à', 'livraison vers', 'livrer en', 'livrer au',
    'expédiez-vous', 'expédiez vous', 'vous expédiez', 'envoyez-vous', 'envoyez vous', 'vous envoyez en', 'à l\'international',
    'international', 'en belgique', 'en suisse', 'au canada', 'au québec', 'dom-tom', 'dom tom', 'outre-mer', 'quels pays', 'à l\'étranger',
  ],
  shipping_cost: [
    'frais de port', 'frais de livraison', 'frais d\'envoi', 'frais d\'expédition', 'coût de livraison', 'coût de la livraison',
    'prix de la livraison', 'livraison gratuite', 'livraison offerte', 'port offert', 'port gratuit', 'frais de port offerts',
    'combien coûte la livraison', 'combien pour la livraison', 'à partir de combien', 'minimum de commande',
  ],
  delivery_time: [
    'délai de livraison', 'délais de livraison', 'délai', 'délais', 'combien de temps', 'en combien de temps', 'combien de jours',
    'temps de livraison', 'arrive quand', 'reçu quand', 'avant noël', 'à temps', 'livraison express', 'express', 'chronopost',
    'livraison rapide', 'envoi rapide', 'plus rapide', 'en 00h', 'en 00 h', 'lendemain', 'sous 00h', 'colissimo',
  ],
  discount: [
    'réduction', 'réductions', 'code promo', 'code de réduction', 'code réduc', 'promo', 'promos', 'promotion', 'promotions', 'remise',
    'bon de réduction', 'bon d\'achat', 'coupon', 'soldes', 'black friday', 'ristourne', 'code ne marche pas', 'code ne fonctionne pas',
    'code invalide', 'code non valide', 'code expiré', 'code marche pas', 'fidélité', 'points fidélité', 'carte cadeau', 'cadeau',
    'offre', 'bon plan', 'geste commercial',
  ],
  bulk_wholesale: [
    'en gros', 'grossiste', 'prix de gros', 'vente en gros', 'grosse quantité', 'grandes quantités', 'grande quantité', 'en quantité',
    'quantité minimum', 'quantité minimale', 'commande groupée', 'revendeur', 'revendre', 'tarif professionnel', 'tarif pro',
    'pour ma boutique', 'pour mon magasin', 'pour notre entreprise', '000 pièces', '00 pièces', '000 unités',
  ],
  return_policy: [
    'politique de retour', 'conditions de retour', 'politique de remboursement', 'droit de rétractation', 'délai de rétractation',
    'délai de retour', 'puis-je retourner', 'je peux retourner', 'peut-on retourner', 'possible de retourner', 'puis-je échanger',
    'possible d\'échanger', 'si ça ne va pas', 'si ca ne va pas', 'si la taille ne va pas', 'si ça ne me plaît pas', 'retour gratuit',
    'retours gratuits', 'frais de retour', 'qui paie le retour', 'qui paye le retour', 'jours pour retourner', 'satisfait ou remboursé',
  ],
  warranty: [
    'garantie', 'garanti', 'garantis', 'sous garantie', 'durée de garantie', 'garantie légale', 'garantie constructeur',
    'an de garantie', 'ans de garantie', 'garantie de conformité', 'extension de garantie',
  ],
  place_order: [
    'passer commande', 'passer une commande', 'comment commander', 'comment passer commande', 'comment acheter', 'je voudrais commander',
    'je souhaite commander', 'souhaiterais commander', 'commander par téléphone', 'commander par mail', 'sur mesure', 'personnalisé',
    'personnalisée', 'personnaliser', 'gravure', 'réserver', 'mettre de côté', 'sans compte', 'commande en invité', 'devis',
  ],
  checkout_problem: [
    'panier', 'paiement bloqué', 'bloqué au paiement', 'valider la commande', 'valider ma commande', 'finaliser', 'finaliser la commande',
    'impossible de valider', 'impossible de finaliser', 'impossible de commander', 'je n\'arrive pas à commander', 'narrive pas a commander',
    'bouton', 'ça bloque', 'ca bloque', 'page qui charge', 'message d\'erreur', 'bug', 'beug', 'ne passe pas',
  ],
  order_confirmation: [
    'confirmation de commande', 'mail de confirmation', 'e-mail de confirmation', 'email de confirmation', 'pas de confirmation',
    'aucune confirmation', 'confirmer ma commande', 'bien reçu ma commande', 'bien recu ma commande', 'commande bien passée',
    'commande a bien été', 'commande est-elle', 'statut de ma commande', 'numéro de commande', 'commande enregistrée', 'avez-vous reçu',
  ],
  when_ship: [
    'quand sera expédiée', 'quand sera envoyée', 'quand allez-vous expédier', 'quand allez-vous envoyer', 'quand partira', 'quand partir',
    'quand est-ce que vous envoyez', 'quand expédiez', 'pas encore expédiée', 'pas encore expédié', 'pas encore envoyée', 'pas encore envoyé',
    'toujours pas expédiée', 'toujours pas expédié', 'déjà expédiée', 'déjà expédié', 'déjà envoyée', 'déjà envoyé', 'est partie',
    'en préparation', 'en cours de préparation', 'en cours de traitement', 'en traitement', 'expédition', 'délai de préparation',
  ],
  change_order: [
    'modifier ma commande', 'modifier la commande', 'changer ma commande', 'changer la commande', 'modification de commande',
    'changer la taille', 'changer de taille', 'changer la couleur', 'changer de couleur', 'changer la quantité', 'ajouter un article',
    'ajouter à ma commande', 'rajouter', 'ajouter', 'retirer un article', 'enlever', 'au lieu de', 'à la place', 'modifier',
  ],
  change_address: [
    'changer d\'adresse', 'changer l\'adresse', 'changer mon adresse', 'modifier l\'adresse', 'modifier mon adresse', 'adresse de livraison',
    'mauvaise adresse', 'adresse erronée', 'erreur d\'adresse', 'erreur dans l\'adresse', 'nouvelle adresse', 'autre adresse', 'déménagé',
    'déménage', 'code postal', 'numéro de rue', 'adresse incorrecte',
  ],
  cancel: [
    'annuler', 'annulation', 'annulé', 'annulée', 'annulez', 'annuler ma commande', 'frais d\'annulation', 'rétracter', 'rétractation',
    'je ne veux plus', 'n\'en veux plus', 'plus besoin', 'changé d\'avis',
  ],
  payment_method: [
    'moyen de paiement', 'moyens de paiement', 'mode de paiement', 'modes de paiement', 'comment payer', 'comment régler', 'puis-je payer',
    'payer par', 'payer avec', 'paiement par', 'carte bancaire', 'carte bleue', 'cb', 'carte de crédit', 'virement', 'virement bancaire',
    'paiement en plusieurs fois', 'en plusieurs fois', 'en 0 fois', 'paiement à la livraison', 'contre-remboursement', 'chèque',
    'devise', 'en euros', 'bancontact', 'twint', 'lydia', 'paylib',
  ],
  payment_problem: [
    'paiement refusé', 'carte refusée', 'refusé', 'refusée', 'paiement échoué', 'échec du paiement', 'échec de paiement',
    'paiement ne passe pas', 'paiement n\'est pas passé', 'paiement en attente', 'en attente de paiement', 'débité deux fois',
    'prélevé deux fois', 'payé deux fois', 'double paiement', 'double prélèvement', 'débité 0 fois', 'débité', 'débitée', 'prélevé',
    'prélèvement', 'mauvais montant', 'montant incorrect', 'trop payé', 'trop prélevé', 'montant différent', 'taux de change', 'conversion',
    'frais bancaires', '0d secure', 'impossible de payer', 'n\'arrive pas à payer',
  ],
  invoice: [
    'facture', 'factures', 'facturation', 'reçu', 'ticket de caisse', 'justificatif', 'preuve d\'achat', 'tva', 'numéro de tva',
    'facture avec tva', 'hors taxe', 'siret', 'siren', 'raison sociale', 'nom de la société', 'nom de l\'entreprise', 'pour mon entreprise',
    'pour ma société', 'facture pro', 'facture proforma', 'comptabilité', 'comptable', 'note de frais', 'adresse de facturation',
  ],
  where_parcel: [
    'où est mon colis', 'où est ma commande', 'ou est mon colis', 'ou est ma commande', 'où en est ma commande', 'où en est mon colis',
    'ou en est', 'où en est', 'où se trouve', 'ou se trouve', 'mon colis est où', 'ma commande est où', 'des nouvelles de mon colis',
    'des nouvelles de ma commande', 'pas de nouvelles', 'où est passé', 'ou est passe', 'suivi de ma commande',
  ],
  tracking: [
    'suivi', 'numéro de suivi', 'numero de suivi', 'n° de suivi', 'lien de suivi', 'code de suivi', 'suivre mon colis', 'suivre ma commande',
    'tracking', 'que signifie', 'ça veut dire quoi', 'ca veut dire quoi', 'qu\'est-ce que ça veut dire', 'en transit', 'en cours d\'acheminement',
    'en cours de livraison', 'statut', 'lien ne marche pas', 'lien ne fonctionne pas', 'pris en charge', 'la poste', 'colissimo',
  ],
  late: [
    'en retard', 'retard', 'retardé', 'toujours pas arrivé', 'toujours pas arrivée', 'toujours pas reçu', 'pas encore arrivé',
    'pas encore reçu', 'toujours rien', 'toujours pas', 'ça fait des semaines', 'depuis des semaines', 'depuis des jours',
    'depuis un mois', 'semaines', 'date prévue', 'date de livraison prévue', 'date dépassée', 'aurait dû arriver', 'devait arriver',
    'bloqué', 'bloquée', 'coincé', 'ne bouge pas', 'ne bouge plus', 'pas de mise à jour', 'pas mis à jour', 'aucune mise à jour',
    'même statut', 'même endroit', 'j\'attends toujours', 'jattends toujours', 'interminable', 'trop long',
  ],
  marked_delivered: [
    'marqué livré', 'marqué comme livré', 'indiqué livré', 'indique livré', 'indique que le colis a été livré', 'statut livré',
    'affiche livré', 'noté livré', 'soi-disant livré', 'a été livré', 'a ete livre', 'livré mais', 'livre mais', 'distribué',
    'colis distribué', 'preuve de livraison', 'signé par', 'déposé',
  ],
  not_received: [
    'pas reçu', 'pas recu', 'jamais reçu', 'jamais recu', 'rien reçu', 'rien recu', 'n\'ai pas reçu', 'nai pas recu', 'je n\'ai rien reçu',
    'jamais arrivé', 'jamais eu', 'pas eu', 'rien eu', 'aucun colis', 'pas de colis', 'pas dans ma boîte', 'introuvable', 'volé', 'perdu',
    'égaré', 'disparu', 'pas livré', 'jamais livré', 'pas été livré',
  ],
  neighbour_locker: [
    'voisin', 'voisins', 'voisine', 'point relais', 'relais', 'relais colis', 'mondial relay', 'casier', 'consigne', 'locker',
    'bureau de poste', 'boîte aux lettres', 'boite aux lettres', 'bal', 'gardien', 'gardienne', 'concierge', 'loge', 'devant la porte',
    'sur le palier', 'mauvaise adresse', 'autre adresse', 'pickup', 'point retrait',
  ],
  customs: [
    'douane', 'douanes', 'frais de douane', 'droits de douane', 'taxe de douane', 'taxes douanières', 'dédouanement', 'dédouaner',
    'bloqué en douane', 'retenu en douane', 'à la douane', 'taxe', 'taxes', 'tva à payer', 'frais d\'importation', 'droits d\'importation',
    'taxe d\'importation', 'payer à la livraison', 'payer pour recevoir', 'déclaration en douane', 'pièce d\'identité',
    'carte d\'identité', 'passeport', 'retour à l\'expéditeur', 'retourné à l\'expéditeur', 'renvoyé à l\'expéditeur', 'retour expéditeur',
    'frais de dossier',
  ],
  broken_damaged: [
    'cassé', 'cassée', 'cassés', 'casse', 'brisé', 'brisée', 'abîmé', 'abîmée', 'abimé', 'endommagé', 'endommagée',     'dégât', 'dégâts', 'fissuré', 'fissurée', 'fissure', 'fêlé', 'fêlée', 'écrasé', 'écrasée', 'cabossé', 'rayé', 'rayée', 'rayure',
    'rayures', 'déchiré', 'déchirée', 'troué', 'trou', 'tordu', 'tordue', 'fuit', 'fuite', 'taches', 'tachée', 'sale', 'défectueux',
    'défectueuse', 'défaut', 'colis ouvert', 'carton ouvert', 'en morceaux', 'ébréché',
  ],
  missing_part: [
    'manque', 'manquant', 'manquante', 'manquants', 'manquantes', 'il manque', 'pièce manquante', 'pièces manquantes', 'pas inclus',
    'non inclus', 'pas fourni', 'non fourni', 'incomplet', 'incomplète', 'pas de chargeur', 'pas de câble', 'pas de vis', 'pas de notice',
    'qu\'un seul', 'qu\'une seule', 'un seul', 'une seule', 'boîte vide', 'carton vide', 'colis vide', 'accessoire',
  ],
  not_working: [
    'ne marche pas', 'marche pas', 'ne fonctionne pas', 'fonctionne pas', 'ne s\'allume pas', 'sallume pas', 's\'allume pas',
    'ne charge pas', 'charge pas', 'ne se connecte pas', 'ne s\'appaire pas', 'pas de son', 'pas d\'image', 'ne démarre pas',
    'ne réagit pas', 'hs', 'en panne', 'panne', 'défectueux', 'code erreur', 'clignote', 'chauffe', 'surchauffe', 'mort',
  ],
  on_arrival: [
    'arrivé', 'arrivée', 'est arrivé', 'est arrivée', 'arrivé aujourd\'hui', 'arrivé hier', 'reçu aujourd\'hui', 'reçu hier', 'à la réception',
    'a la reception', 'dès la réception', 'à l\'arrivée', 'en ouvrant', 'à l\'ouverture', 'au déballage', 'déballé', 'dès le déballage',
    'dès le début', 'dès le premier jour', 'première utilisation', 'premier essai', 'sorti de la boîte',   ],
  wrong_item: [
    'mauvais article', 'mauvais produit', 'mauvaise couleur', 'mauvaise taille', 'mauvais modèle', 'mauvaise quantité', 'erreur de commande',
    'erreur d\'article', 'pas le bon', 'pas la bonne', 'pas ce que j\'ai commandé', 'pas ce que jai commande', 'autre article',
    'autre produit', 'autre couleur', 'autre taille', 'autre modèle', 'j\'ai commandé', 'jai commande', 'au lieu de',
    'à la place', 'vous m\'avez envoyé', 'reçu un', 'reçu une', 'inversé', 'interverti', 'pas le mien',
  ],
  want_return: [
    'retourner', 'retour', 'renvoyer', 'renvoi', 'retourner l\'article', 'faire un retour', 'demande de retour', 'étiquette de retour',
    'bon de retour', 'adresse de retour', 'formulaire de retour', 'ne me va pas', 'ne va pas', 'trop petit', 'trop petite', 'trop grand',
    'trop grande', 'trop serré', 'trop court', 'trop long', 'ne correspond pas', 'pas conforme', 'non conforme', 'pas comme sur la photo',
    'ne me plaît pas', 'ne me plait pas', 'rétractation',
  ],
  exchange: [
    'échange', 'échanger', 'échanges', 'echanger', 'taille au-dessus', 'taille au dessus', 'taille en dessous', 'taille en-dessous',
    'une taille plus grande', 'une taille plus petite', 'autre taille', 'contre un autre', 'contre une autre', 'remplacer par',
  ],
  refund: [
    'remboursement', 'rembourser', 'remboursé', 'remboursée', 'remboursez', 'me rembourser', 'être remboursé', 'récupérer mon argent',
    'mon argent', 'rendre mon argent', 'bon d\'avoir', 'remboursement partiel', 'remboursement intégral', 'refund',
  ],
  refund_status: [
    'où est mon remboursement', 'ou est mon remboursement', 'où en est mon remboursement', 'où en est le remboursement',
    'toujours pas remboursé', 'toujours pas été remboursé', 'pas encore remboursé', 'pas été remboursé', 'toujours pas de remboursement',
    'pas reçu le remboursement', 'pas reçu mon remboursement', 'remboursement pas reçu', 'attends mon remboursement',
    'attends le remboursement', 'quand serai-je remboursé', 'quand vais-je être remboursé', 'quand vais-je recevoir', 'remboursement promis',
    'remboursement validé', 'remboursement accepté', 'remboursement effectué', 'statut du remboursement', 'pas sur mon compte',
  ],
  return_shipped: [
    'renvoyé', 'renvoyée', 'retourné', 'retournée', 'j\'ai renvoyé', 'jai renvoye', 'j\'ai retourné', 'déjà renvoyé', 'colis retour',
    'mon retour', 'le retour', 'retour reçu', 'reçu mon retour', 'recu mon retour', 'avez-vous reçu mon retour', 'retour est arrivé',
    'déposé en point relais', 'déposé à la poste', 'numéro de suivi du retour', 'suivi du retour',
  ],
  stopped_working: [
    'ne marche plus', 'marche plus', 'ne fonctionne plus', 'fonctionne plus', 'ne s\'allume plus', 'ne charge plus', 'ne tient plus',
    'a cessé de', 'arrêté de fonctionner', 's\'est arrêté', 'du jour au lendemain', 'subitement', 'soudainement', 'tout à coup',
    'au début', 'fonctionnait', 'marchait bien', 'marchait', 'après une semaine', 'après deux semaines', 'après 0 semaines',
    'après un mois', 'après 0 mois', 'après quelques semaines', 'après quelques jours', 'après quelques mois', 'au bout de',
    'depuis peu', 'usure', 'usé', 'décollé', 'se décolle', 'déteint', 'utilisation normale',
  ],
  repair: [
    'réparation', 'réparer', 'réparé', 'sav', 'service après-vente', 'service apres vente', 'remplacement', 'remplacer', 'remplacé',
    'pièce de rechange', 'pièces détachées', 'échange standard', 'prise en charge sous garantie', 'faire jouer la garantie',
    'un nouveau', 'un neuf',
  ],
  bad_service: [
    'inadmissible', 'inacceptable', 'scandaleux', 'scandale', 'honteux', 'honte', 'lamentable', 'nul', 'nuls', 'nulle', 'déçu', 'déçue',
    'décevant', 'déception', 'mécontent', 'mécontente', 'pas content', 'pas contente', 'furieux', 'furieuse', 'en colère', 'énervé',
    'ras le bol', 'ras-le-bol', 'marre', 'j\'en ai marre', 'jen ai marre', 'service client nul', 'mauvais service', 'pire', 'le pire',
    'catastrophique', 'désastreux', 'incompétent', 'incompétents', 'impoli', 'désagréable', 'pas professionnel', 'se moquer',
    'vous vous moquez', 'foutez', 'plus jamais', 'réponses automatiques', 'copier-coller', 'mensonges', 'menti',
  ],
  manager_escalate: [
    'responsable', 'un responsable', 'supérieur', 'votre supérieur', 'hiérarchie', 'direction', 'directeur', 'manager', 'réclamation',
    'réclamations', 'plainte', 'porter plainte', 'réclamation officielle', 'faire remonter', 'escalader', 'service réclamation',
  ],
  slow_reply: [
    'pas de réponse', 'aucune réponse', 'sans réponse', 'sans nouvelles', 'toujours pas de réponse', 'personne ne répond',
    'personne ne me répond', 'vous ne répondez pas', 'vous répondez pas', 'répondez', 'répondez-moi', 'attends une réponse',
    'j\'attends votre réponse', 'en attente de réponse', 'relance', 'je relance', 'deuxième relance', 'troisième fois', 'plusieurs fois',
    'plusieurs mails', 'à plusieurs reprises', 'encore une fois', 'déjà écrit', 'ignoré', 'ignorez', 'il y a quelqu\'un',
    'y a quelqu\'un', 'personne ne rappelle',
  ],
  threat: [
    'arnaque', 'arnaques', 'arnaqueur', 'arnaqueurs', 'escroquerie', 'escroc', 'escrocs', 'voleurs', 'voleur', 'fraude',
    'frauduleux', 'avocat', 'juridique', 'action en justice', 'justice', 'tribunal', 'poursuites', 'police', 'gendarmerie',
    'porter plainte', 'dgccrf', 'signal conso', 'signalconso', 'association de consommateurs', 'ufc que choisir', '00 millions',
    'litige', 'ouvrir un litige', 'opposition', 'rétrofacturation', 'chargeback', 'avis négatif', 'mauvais avis', 'une étoile',
    'réseaux sociaux', 'prévenir tout le monde',
  ],
  thanks_praise: [
    'merci', 'merci beaucoup', 'mille mercis', 'merci bcp', 'je vous remercie', 'remerciements', 'super', 'génial', 'top', 'parfait',
    'parfaite', 'excellent', 'excellente', 'magnifique', 'superbe', 'ravi', 'ravie', 'très content', 'très contente', 'satisfait',
    'satisfaite', 'enchanté', 'j\'adore', 'jadore', 'adore', 'bravo', 'au top', 'impeccable', 'nickel', 'rapide', 'livraison rapide',
    'bien emballé', 'recommande', 'je recommande', 'je recommanderai', 'je recommanderai sans hésiter', 'sympa', 'très bien',
  ],
  review: [
    'avis', 'laisser un avis', 'laissé un avis', 'donner mon avis', 'commentaire', 'évaluation', 'étoiles', '0 étoiles',
    'cinq étoiles', 'avis vérifiés', 'trustpilot', 'avis google', 'retour d\'expérience', 'témoignage',
  ],
  suggestion: [
    'suggestion', 'suggestions', 'je suggère', 'proposition', 'idée', 'idées', 'ce serait bien', 'ce serait top', 'ce serait génial',
    'serait-il possible', 'vous devriez', 'vous pourriez', 'pourriez-vous ajouter', 'à l\'avenir', 'la prochaine fois', 'dommage que',
    'j\'aimerais voir', 'plus de couleurs', 'plus de tailles', 'conseil', 'petite remarque',
  ],
  account: [
    'compte', 'mon compte', 'compte client', 'espace client', 'mon espace', 'profil', 'inscription', 'inscrire', 'm\'inscrire',
    'créer un compte', 'création de compte', 'identifiant', 'nom d\'utilisateur',
  ],
  login_problem: [
    'connexion', 'me connecter', 'se connecter', 'connecter à mon compte', 'impossible de me connecter', 'je n\'arrive pas à me connecter',
    'narrive pas a me connecter', 'accéder à mon compte', 'acceder a mon compte', 'compte bloqué', 'compte suspendu',
    'suspendu', 'désactivé', 'verrouillé', 'piraté', 'pirate', 'hacké', 'connexion suspecte', 'activité suspecte', 'pas moi',
    'déconnecté', 'login',
  ],
  password_reset: [
    'mot de passe', 'mdp', 'mot de passe oublié', 'mdp oublié', 'réinitialiser', 'réinitialisation', 'réinitialiser mon mot de passe',
    'nouveau mot de passe', 'changer mon mot de passe', 'mauvais mot de passe', 'mot de passe incorrect', 'lien de réinitialisation',
  ],
  verification_code: [
    'code de vérification', 'code de confirmation', 'code de sécurité', 'code par sms', 'code sms', 'sms', 'code à usage unique',
    'vérification', 'double authentification', 'authentification', '0fa', 'code d\'activation', 'lien d\'activation',
    'mail d\'activation', 'activer mon compte', 'pas reçu le code', 'pas de code', 'aucun code', 'reçois pas le code', 'captcha',
  ],
  delete_account: [
    'supprimer mon compte', 'supprimer le compte', 'suppression de compte', 'suppression de mon compte', 'fermer mon compte',
    'clôturer mon compte', 'désactiver mon compte', 'supprimer mes données', 'mes données', 'données personnelles', 'rgpd', 'cnil',
    'droit à l\'oubli', 'droit d\'accès', 'confidentialité', 'vie privée', 'effacer mes données', 'quelles données',
  ],
  unsubscribe: [
    'désabonner', 'me désabonner', 'désinscrire', 'me désinscrire', 'désinscription', 'désabonnement', 'newsletter', 'newsletters',
    'lettre d\'information', 'mails publicitaires', 'emails publicitaires', 'e-mails publicitaires', 'pub', 'publicité', 'trop de mails',
    'arrêtez de m\'envoyer', 'arrêter de recevoir', 'ne plus recevoir', 'liste de diffusion', 'retirer de la liste', 'spam',
  ],
  edit_account: [
    'changer mon email', 'changer mon e-mail', 'changer mon mail', 'changer mon adresse mail', 'changer d\'adresse mail', 'modifier mon email',
    'modifier mon e-mail', 'modifier mon adresse e-mail', 'modifier mon adresse mail', 'nouvelle adresse mail', 'nouvel email',
    'changer mon nom', 'modifier mon nom', 'changer mon numéro', 'modifier mon numéro', 'modifier mes informations', 'mes coordonnées',
    'modifier mon profil', 'paramètres', 'fusionner', 'deux comptes', 'regrouper',
  ],
  human_agent: [
    'humain', 'un humain', 'une personne', 'vraie personne', 'personne réelle', 'conseiller', 'conseillère', 'un agent', 'opérateur',
    'interlocuteur', 'quelqu\'un de réel', 'pas un robot', 'robot', 'bot', 'chatbot', 'réponse automatique', 'parler à quelqu\'un',
    'parler à un', 'parler avec quelqu\'un', 'service client',
  ],
  phone_call: [
    'téléphone', 'telephone', 'numéro de téléphone', 'numero de telephone', 'appeler', 'appelez-moi', 'appelez moi', 'me rappeler',
    'rappelez-moi', 'rappeler', 'par téléphone', 'au téléphone', 'joindre', 'vous joindre', 'ligne directe',
      ],
  business_offer: [
    'seo', 'référencement', 'référencement naturel', 'première page de google', 'agence', 'notre agence', 'marketing', 'partenariat',
    'collaboration', 'proposition commerciale', 'offre commerciale', 'fabricant', 'usine', 'fournisseur', 'nous fournissons',
    'prospection', 'visibilité', 'augmenter vos ventes', 'site web', 'refonte', 'influenceur', 'influenceuse', 'sponsoring', 'affiliation',
  ],
  job_application: [
    'candidature', 'candidature spontanée', 'postuler', 'offre d\'emploi', 'emploi', 'job', 'un poste', 'le poste de', 'stage', 'stagiaire', 'alternance',
    'cv', 'curriculum', 'lettre de motivation', 'recrutez', 'recrutement', 'embauche', 'embauchez', 'travailler chez vous',
    'travailler pour vous', 'temps partiel', 'temps plein',
  ],
};
